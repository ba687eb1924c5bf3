package org.factdesk.web;

/** Thrown by services when the thing asked for does not exist; the message is shown to the user. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
