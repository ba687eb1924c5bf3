package org.factdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show, as {@code {msg:key}} in templates. The words live in
 * {@code messages/msg_en.properties}; a translation adds {@code msg_<lang>.properties}.
 */
@MessageBundle
public interface AppMessages {

    @Message String app_name();
    @Message String app_tagline();

    @Message String nav_workspace();
    @Message String nav_articles();
    @Message String nav_login();
    @Message String nav_logout();

    @Message String home_title();
    @Message String home_intro();
    @Message String home_published_empty();
    @Message String home_team_prompt();

    @Message String workspace_title();
    @Message String workspace_signed_in_as(String name, String username);
    @Message String workspace_roles();
    @Message String workspace_next();

    @Message String articles_title();
    @Message String articles_empty();
    @Message String articles_col_title();
    @Message String articles_col_outlet();
    @Message String articles_col_published();
    @Message String articles_back();

    @Message String article_published(String date);
    @Message String article_undated();
    @Message String article_version(int version);

    @Message String error_back_home();

    @Message String skip_to_content();
    @Message String nav_label();
    @Message String nav_queue();
    @Message String reading_hint();
    @Message String reading_claim_count(int count);
    @Message String reading_claims_list(int count);
    @Message String reading_text_label();
    @Message String add_claim();
    @Message String claim_new();
    @Message String claim_claimant();
    @Message String claim_type();
    @Message String claim_date();
    @Message String claim_why();
    @Message String claim_tags();
    @Message String claim_create();
    @Message String cancel();
    @Message String legend_title();
    @Message String legend_verdict();
    @Message String panel_label();
    @Message String panel_empty();
    @Message String panel_title(long id);
    @Message String panel_version(long version);
    @Message String panel_assignees();
    @Message String panel_nobody();
    @Message String panel_locked_published();
    @Message String panel_locked_review();
    @Message String verdict_current();
    @Message String verdict_by(String author);
    @Message String verdict_propose();
    @Message String verdict_rating();
    @Message String verdict_conclusion();
    @Message String verdict_conclusion_hint();
    @Message String verdict_rationale();
    @Message String verdict_save();
    @Message String sources_title(int count);
    @Message String sources_empty();
    @Message String sources_archived();
    @Message String sources_remove();
    @Message String sources_remove_label(String title);
    @Message String sources_add();
    @Message String sources_url();
    @Message String sources_title_field();
    @Message String sources_publisher();
    @Message String sources_stance();
    @Message String sources_kind();
    @Message String sources_accessed();
    @Message String sources_archived_url();
    @Message String sources_quote();
    @Message String sources_add_button();
    @Message String comments_title();
    @Message String comments_empty();
    @Message String comments_add();
    @Message String comments_body();
    @Message String comments_hint();
    @Message String comments_reply_to();
    @Message String comments_new_thread();
    @Message String comments_add_button();
    @Message String comments_resolve();
    @Message String comments_reopen();
    @Message String comments_resolved_by(String user);
    @Message String history_title();
    @Message String actions_title();
    @Message String actions_none();
    @Message String actions_reason();
    @Message String actions_reason_hint();
    @Message String actions_assignee();
    @Message String action_self_assign();
    @Message String action_assign();
    @Message String action_unassign();
    @Message String queue_title();
    @Message String queue_awaiting();
    @Message String queue_awaiting_empty();
    @Message String queue_approved();
    @Message String queue_approved_empty();
    @Message String queue_previous_verdict();
    @Message String queue_submitted_by(String author);
    @Message String queue_open_claim();


    // Looked up by name in templates: {msg:message('state_' + ...)} and the like.
    @Message String claim_type_statistic();
    @Message String claim_type_quote();
    @Message String claim_type_comparison();
    @Message String claim_type_causal();
    @Message String claim_type_prediction();
    @Message String claim_type_other();
    @Message String state_open();
    @Message String state_in_research();
    @Message String state_awaiting_approval();
    @Message String state_approved();
    @Message String state_published();
    @Message String state_dismissed();
    @Message String state_in_correction();
    @Message String state_retracted();
    @Message String stance_supports();
    @Message String stance_refutes();
    @Message String stance_context();
    @Message String kind_primary();
    @Message String kind_secondary();
    @Message String action_start();
    @Message String action_submit();
    @Message String action_approve();
    @Message String action_request_changes();
    @Message String action_publish();
    @Message String action_dismiss();
    @Message String action_reopen();
    @Message String action_open_correction();
    @Message String action_retract();
    @Message String event_created();
    @Message String event_start();
    @Message String event_submit();
    @Message String event_approve();
    @Message String event_request_changes();
    @Message String event_publish();
    @Message String event_dismiss();
    @Message String event_reopen();
    @Message String event_open_correction();
    @Message String event_retract();
    @Message String event_assign();
    @Message String event_unassign();
    @Message String event_self_assign();
    @Message String event_source_added();
    @Message String event_source_updated();
    @Message String event_source_removed();
    @Message String event_verdict_proposed();
}
