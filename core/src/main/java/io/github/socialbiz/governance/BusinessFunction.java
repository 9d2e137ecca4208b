package io.github.socialbiz.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;

/**
 * A business function a social program can serve, such as {@code HUMAN_RESOURCES}. The charter guidance
 * asks programs to look beyond {@link #MARKETING} and {@link #CUSTOMER_SUPPORT}.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum BusinessFunction {
  /** Marketing, the default home of social. */
  MARKETING("Marketing"),
  /** Customer service and support. */
  CUSTOMER_SUPPORT("Customer support", "Support", "Customer service"),
  /** Corporate communications and public relations. */
  COMMUNICATIONS("Communications", "PR", "Corporate communications"),
  /** Sales. */
  SALES("Sales"),
  /** Human resources, including recruiting. */
  HUMAN_RESOURCES("Human resources", "HR"),
  /** Supply chain and operations. */
  SUPPLY_CHAIN("Supply chain", "Operations"),
  /** Partners and channels. */
  PARTNERS("Partners"),
  /** Product development and innovation. */
  PRODUCT_INNOVATION("Product innovation", "R&D", "Product"),
  /** Legal and compliance. */
  LEGAL("Legal", "Compliance");

  private static final Lookup<BusinessFunction> LOOKUP =
      Lookup.of(BusinessFunction.class, f -> f.spellings);

  private final String displayName;
  private final ImmutableList<String> spellings;

  BusinessFunction(String displayName, String... aliases) {
    this.displayName = displayName;
    this.spellings = ImmutableList.<String>builder().add(displayName).add(aliases).build();
  }

  /**
   * Obtains a function from its name, number, display name or alias, in any case.
   *
   * @param text  the text, such as "HR" or "customer service"
   * @return the function, not null
   * @throws SocialBusinessException if the text names no function
   */
  public static BusinessFunction parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Human resources".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Checks if this function is one of the two that programs start from, marketing and customer support.
   *
   * @return true for {@link #MARKETING} and {@link #CUSTOMER_SUPPORT}
   */
  public boolean isTraditional() {
    return this == MARKETING || this == CUSTOMER_SUPPORT;
  }
}
