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
}
