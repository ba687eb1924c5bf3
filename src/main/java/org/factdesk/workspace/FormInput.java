package org.factdesk.workspace;

/**
 * A form as the browser sent it: a record of {@code @RestForm} strings, exactly what the person
 * typed (shown again if the save is refused), and the typed request it stands for.
 *
 * @param <R> the request the form asks for
 */
public interface FormInput<R> {

    /** The typed request; a value that cannot be read is a 422 naming its field. */
    R request();
}
