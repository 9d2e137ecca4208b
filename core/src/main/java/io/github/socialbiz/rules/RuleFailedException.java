package io.github.socialbiz.rules;

import io.github.socialbiz.SocialBusinessException;

/**
 * Thrown when a rule throws while it is evaluated: the evaluation stops and names the rule. Nothing is
 * swallowed; the rule's own exception is the cause.
 */
public final class RuleFailedException extends SocialBusinessException {

  private static final long serialVersionUID = 1L;

  /** The id of the rule that threw. */
  private final String ruleId;

  /**
   * Constructs the exception.
   *
   * @param ruleId  the id of the rule that threw
   * @param cause  what the rule threw
   */
  public RuleFailedException(String ruleId, Throwable cause) {
    super("Rule '" + ruleId + "' threw " + cause, cause);
    this.ruleId = ruleId;
  }

  /**
   * Gets the id of the rule that threw.
   *
   * @return the rule id, not null
   */
  public String ruleId() {
    return ruleId;
  }
}
