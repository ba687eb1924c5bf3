package org.factdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show, as {@code {msg:key}} in templates. The words live in
 * {@code messages/msg_en.properties}; a translation adds {@code msg_<lang>.properties}.
 */
@MessageBundle
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String nav_workspace();

    @Message
    String nav_articles();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String home_title();

    @Message
    String home_intro();

    @Message
    String home_published_empty();

    @Message
    String workspace_title();

    @Message
    String workspace_signed_in_as(String name, String username);

    @Message
    String workspace_roles();

    @Message
    String workspace_next();

    @Message
    String articles_title();

    @Message
    String articles_empty();

    @Message
    String articles_col_title();

    @Message
    String articles_col_outlet();

    @Message
    String articles_col_published();

    @Message
    String articles_back();

    @Message
    String article_published(String date);

    @Message
    String article_undated();

    @Message
    String article_version(int version);

    @Message
    String error_back_home();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_queue();

    @Message
    String reading_hint();

    @Message
    String reading_claim_count(int count);

    @Message
    String reading_claims_list(int count);

    @Message
    String reading_text_label();

    @Message
    String add_claim();

    @Message
    String claim_new();

    @Message
    String claim_claimant();

    @Message
    String claim_type();

    @Message
    String claim_date();

    @Message
    String claim_why();

    @Message
    String claim_tags();

    @Message
    String claim_create();

    @Message
    String cancel();

    @Message
    String legend_title();

    @Message
    String legend_verdict();

    @Message
    String panel_label();

    @Message
    String panel_empty();

    @Message
    String repeat_title();

    @Message
    String verdict_draft_from_repeat(String id);

    @Message
    String repeat_none();

    @Message
    String repeat_of(long id, String article);

    @Message
    String repeat_verdict_offered();

    @Message
    String repeat_use_verdict();

    @Message
    String repeat_unlink();

    @Message
    String repeat_link();

    @Message
    String repeat_link_label(String phrase);

    @Message
    String repeat_score(double score);

    @Message
    String repeat_in(String article);

    @Message
    String repeat_differences();

    @Message
    String repeat_checked(String date);

    @Message
    String public_repeats_title();

    @Message
    String public_article_changed();

    @Message
    String public_repeated(int count);

    @Message
    String corrections_waiting(long count);

    @Message
    String corrections_review();

    @Message
    String corrections_panel_waiting(int version);

    @Message
    String corrections_compare();

    @Message
    String corrections_reselect_hint(long id, String quote);

    @Message
    String corrections_reselect_title(long id);

    @Message
    String corrections_reselect_save();

    @Message
    String corrections_add();

    @Message
    String corrections_add_hint();

    @Message
    String corrections_text();

    @Message
    String corrections_note();

    @Message
    String corrections_save();

    @Message
    String corrections_on_version(int version);

    @Message
    String corrections_title(String title);

    @Message
    String corrections_intro(int version);

    @Message
    String corrections_none();

    @Message
    String corrections_status_fuzzy(String score);

    @Message
    String corrections_status_orphaned();

    @Message
    String corrections_published();

    @Message
    String corrections_before(int version);

    @Message
    String corrections_after(int version);

    @Message
    String corrections_confirm();

    @Message
    String corrections_quote_before();

    @Message
    String corrections_quote_proposed();

    @Message
    String corrections_reselect();

    @Message
    String suggestions_title();

    @Message
    String suggestions_intro();

    @Message
    String suggestions_none();

    @Message
    String suggestions_score(double score);

    @Message
    String suggestions_claim();

    @Message
    String suggestions_claim_label(String phrase);

    @Message
    String suggestions_dismiss();

    @Message
    String suggestions_dismiss_label(String phrase);

    @Message
    String suggestions_dismissed(int count);

    @Message
    String suggestions_restore();

    @Message
    String panel_title(long id);

    @Message
    String panel_version(long version);

    @Message
    String panel_assignees();

    @Message
    String panel_nobody();

    @Message
    String panel_locked_published();

    @Message
    String panel_locked_review();

    @Message
    String verdict_current();

    @Message
    String verdict_by(String author);

    @Message
    String verdict_propose();

    @Message
    String verdict_rating();

    @Message
    String verdict_conclusion();

    @Message
    String verdict_conclusion_hint();

    @Message
    String verdict_rationale();

    @Message
    String verdict_save();

    @Message
    String sources_title(int count);

    @Message
    String sources_empty();

    @Message
    String sources_archived();

    @Message
    String sources_remove();

    @Message
    String sources_remove_label(String title);

    @Message
    String sources_add();

    @Message
    String sources_url();

    @Message
    String sources_title_field();

    @Message
    String sources_publisher();

    @Message
    String sources_stance();

    @Message
    String sources_kind();

    @Message
    String sources_accessed();

    @Message
    String sources_archived_url();

    @Message
    String sources_quote();

    @Message
    String sources_add_button();

    @Message
    String comments_title();

    @Message
    String comments_empty();

    @Message
    String comments_add();

    @Message
    String comments_body();

    @Message
    String comments_hint();

    @Message
    String comments_reply_to();

    @Message
    String comments_new_thread();

    @Message
    String comments_add_button();

    @Message
    String comments_resolve();

    @Message
    String comments_reopen();

    @Message
    String comments_resolved_by(String user);

    @Message
    String history_title();

    @Message
    String actions_title();

    @Message
    String actions_none();

    @Message
    String actions_reason();

    @Message
    String actions_reason_hint();

    @Message
    String actions_assignee();

    @Message
    String queue_title();

    @Message
    String queue_awaiting();

    @Message
    String queue_awaiting_empty();

    @Message
    String queue_approved();

    @Message
    String queue_approved_empty();

    @Message
    String queue_previous_verdict();

    @Message
    String queue_submitted_by(String author);

    @Message
    String queue_open_claim();

    // Looked up by name in templates: {msg:message('state_' + ...)} and the like.
    @Message
    String details_edit();

    @Message
    String details_save();

    @Message
    String home_counts();

    @Message
    String home_mine();

    @Message
    String home_mine_empty();

    @Message
    String home_to_approve();

    @Message
    String home_to_approve_empty();

    @Message
    String home_recent();

    @Message
    String home_recent_empty();

    @Message
    String home_no_role();

    @Message
    String claims_title();

    @Message
    String claims_filter();

    @Message
    String claims_state();

    @Message
    String claims_any();

    @Message
    String claims_assignee();

    @Message
    String claims_search();

    @Message
    String claims_none();

    @Message
    String claims_more();

    @Message
    String articles_search();

    @Message
    String articles_search_button();

    @Message
    String import_title();

    @Message
    String import_field_title();

    @Message
    String import_field_outlet();

    @Message
    String import_field_url();

    @Message
    String import_field_author();

    @Message
    String import_field_date();

    @Message
    String import_field_language();

    @Message
    String import_field_text();

    @Message
    String import_button();

    @Message
    String workflow_title();

    @Message
    String workflow_final();

    @Message
    String workflow_when_correcting();

    @Message
    String workflow_roles();

    @Message
    String workflow_guards();

    @Message
    String workflow_intro(int minSources);

    @Message
    String nav_workflow();

    @Message
    String nav_settings();

    @Message
    String nav_claims();

    @Message
    String settings_title();

    @Message
    String settings_intro();

    @Message
    String settings_label();

    @Message
    String settings_definition();

    @Message
    String settings_value();

    @Message
    String settings_colour();

    @Message
    String settings_retired();

    @Message
    String settings_save();

    @Message
    String settings_up();

    @Message
    String settings_down();

    @Message
    String settings_add();

    @Message
    String settings_add_button();

    @Message
    String settings_rating_form(String label);

    @Message
    String presence_alone();

    @Message
    String presence_also_here();

    @Message
    String sources_edit(String title);

    @Message
    String sources_save();

    @Message
    String public_feed();

    @Message
    String public_all_claims();

    @Message
    String public_retracted();

    @Message
    String public_index_title();

    @Message
    String public_index_description();

    @Message
    String public_search();

    @Message
    String public_rating();

    @Message
    String public_outlet();

    @Message
    String public_from();

    @Message
    String public_to();

    @Message
    String public_search_button();

    @Message
    String public_none();

    @Message
    String public_older();

    @Message
    String public_article();

    @Message
    String public_original();

    @Message
    String public_verdict();

    @Message
    String public_sources();

    @Message
    String public_published_on();

    @Message
    String public_reviewers(String checkedBy, String publishedBy);

    @Message
    String signin_unavailable_title();

    @Message
    String public_article_hint();

    @Message
    String public_claim_title(String quote, String rating);

    @Message
    String public_corrected_on(String date);

    @Message
    String public_retracted_on(String date);

    @Message
    String public_article_description(int count);

    @Message
    String public_methodology();

    @Message
    String public_corrections_policy();

    @Message
    String public_team_login();

    @Message
    String feed_corrected();

    @Message
    String feed_retracted();

    @Message
    String field_required();

    @Message
    String workspace_next_or();

    @Message
    String home_returned();

    @Message
    String home_returned_empty();

    @Message
    String home_returned_by(String by);

    @Message
    String panel_returned(String by, String date);

    @Message
    String done_public_link();

    @Message
    String panel_public_page();

    @Message
    String checklist_label();

    @Message
    String checklist_sources(long count, int min);

    @Message
    String checklist_verdict();

    @Message
    String actions_set_apart();

    @Message
    String public_any_rating();

    @Message
    String public_dates_swapped(java.time.LocalDate from, java.time.LocalDate to);

    @Message
    String public_clear_filters();

    @Message
    String public_follow();

    @Message
    String public_follow_atom();

    @Message
    String public_follow_json();

    @Message
    String public_follow_csv();

    @Message
    String public_contact();

    @Message
    String public_claimed_by(String claimant);

    @Message
    String panel_sections();

    @Message
    String panel_section_details();

    @Message
    String panel_section_sources();

    @Message
    String panel_section_verdict();

    @Message
    String panel_section_discussion();

    @Message
    String panel_section_history();

    @Message
    String public_more_filters();

    @Message
    String public_preview();

    @Message
    String panel_preview();

    @Message
    String actions_set_apart_summary();

    @Message
    String actions_set_apart_reason();
}
