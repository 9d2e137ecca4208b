package io.github.socialbiz;

/**
 * The unchecked exception thrown for every invalid input to socialbiz, such as an unknown stage name or an
 * organization whose account is owned by a business unit it does not have.
 *
 * <p>Messages name the type, the field, the offending value and what is allowed, for example
 * {@code Organization.employees must be at least 1, but was 0}.
 *
 * @implSpec This class is intended for use in a single thread.
 */
public class SocialBusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Constructs a new exception with the specified message.
   *
   * @param message  the message to use for this exception
   */
  public SocialBusinessException(String message) {
    super(message);
  }

  /**
   * Constructs a new exception with the specified message and cause.
   *
   * @param message  the message to use for this exception
   * @param cause  the cause of the exception
   */
  public SocialBusinessException(String message, Throwable cause) {
    super(message, cause);
  }
}
