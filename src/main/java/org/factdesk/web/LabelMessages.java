package org.factdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of values (states, actions, guards, history entries, stances, source kinds, claim
 * types) and what the desk is told after each action ({@code done_<action>}), in
 * {@code messages/label_en.properties}. Templates read them through {@code workspace.Labels}
 * ({@code {state.label}}, {@code {action.doneLabel}}). A bundle of its own, apart from
 * {@link AppMessages}: Quarkus 3.33 generates bytecode that fails verification for a bundle of
 * more than about 300 messages.
 */
@MessageBundle("label")
public interface LabelMessages {

    @Message
    String action_self_assign();

    @Message
    String action_assign();

    @Message
    String action_unassign();

    @Message
    String action_quote_changed();

    @Message
    String claim_type_statistic();

    @Message
    String claim_type_quote();

    @Message
    String claim_type_comparison();

    @Message
    String claim_type_causal();

    @Message
    String claim_type_prediction();

    @Message
    String claim_type_other();

    @Message
    String state_open();

    @Message
    String state_in_research();

    @Message
    String state_awaiting_approval();

    @Message
    String state_approved();

    @Message
    String state_published();

    @Message
    String state_dismissed();

    @Message
    String state_in_correction();

    @Message
    String state_retracted();

    @Message
    String stance_supports();

    @Message
    String stance_refutes();

    @Message
    String stance_context();

    @Message
    String kind_primary();

    @Message
    String kind_secondary();

    @Message
    String action_start();

    @Message
    String action_submit();

    @Message
    String action_approve();

    @Message
    String action_request_changes();

    @Message
    String action_publish();

    @Message
    String action_dismiss();

    @Message
    String action_reopen();

    @Message
    String action_open_correction();

    @Message
    String action_retract();

    @Message
    String event_created();

    @Message
    String event_start();

    @Message
    String event_submit();

    @Message
    String event_approve();

    @Message
    String event_request_changes();

    @Message
    String event_publish();

    @Message
    String event_dismiss();

    @Message
    String event_reopen();

    @Message
    String event_open_correction();

    @Message
    String event_retract();

    @Message
    String event_assign();

    @Message
    String event_unassign();

    @Message
    String event_self_assign();

    @Message
    String event_source_added();

    @Message
    String event_source_updated();

    @Message
    String event_source_removed();

    @Message
    String event_verdict_proposed();

    @Message
    String event_repeat_linked();

    @Message
    String event_repeat_unlinked();

    @Message
    String event_reanchored();

    @Message
    String event_reanchor_needed();

    @Message
    String event_details_updated();

    @Message
    String event_quote_changed();

    @Message
    String guard_reason();

    @Message
    String guard_verdict_and_sources();

    @Message
    String guard_four_eyes();

    @Message
    String guard_assignee_given();

    @Message
    String guard_not_yet_assigned();

    @Message
    String guard_currently_assigned();

    @Message
    String guard_self_or_editor();

    @Message
    String guard_quote_settled();

    @Message
    String guard_by_moving_the_quote();

    @Message
    String done_start();

    @Message
    String done_submit();

    @Message
    String done_approve();

    @Message
    String done_request_changes();

    @Message
    String done_publish();

    @Message
    String done_dismiss();

    @Message
    String done_reopen();

    @Message
    String done_open_correction();

    @Message
    String done_retract();

    @Message
    String done_self_assign();

    @Message
    String done_assign();

    @Message
    String done_unassign();

    @Message
    String done_quote_changed();
}
