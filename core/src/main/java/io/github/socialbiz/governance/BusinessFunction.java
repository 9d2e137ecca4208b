package io.github.socialbiz.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;

/**
 * A business function a social program can serve, such as {@code HUMAN_RESOURCES}. The charter guidance
 * asks programs to look beyond {@link #MARKETING} and {@link #CUSTOMER_SUPPORT}; the library counts
 * {@link #COMMUNICATIONS}, social's other default home, with them ({@link #isTraditional()}).
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum BusinessFunction {
  /** Marketing, with corporate communications the default home of social. */
  MARKETING("Marketing"),
  /** Customer service and support. */
  CUSTOMER_SUPPORT("Customer support", "Support", "Customer service"),
  /** Corporate communications and public relations, with marketing the default home of social. */
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
   * Checks if this function is one of social's usual starting homes: marketing, corporate communications
   * and customer support. The charter guidance (Owyang, KMWorld 2011) names marketing and customer support
   * as where companies focus; the governance chapter of Li and Solis's seven success factors (2013) names
   * marketing or corporate communications as social's default home. Counting all three is the library's
   * reading of the two.
   *
   * @return true for {@link #MARKETING}, {@link #CUSTOMER_SUPPORT} and {@link #COMMUNICATIONS}
   */
  public boolean isTraditional() {
    return this == MARKETING || this == CUSTOMER_SUPPORT || this == COMMUNICATIONS;
  }
}
