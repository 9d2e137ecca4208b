package io.github.socialbiz.profile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sector of the economy an organization works in, as the twenty sectors of the North American Industry
 * Classification System 2022 (NAICS), such as {@code FINANCE_AND_INSURANCE} (code 52).
 *
 * <p>Peer benchmarks compare organizations of one sector, so the sector is a closed classification, not
 * the free text of {@link Organization#industry()}. NAICS sectors were chosen over ISIC sections because
 * their codes are what North American firms already file under, and any NAICS code names its sector by
 * its first two digits: {@code parse("522110")} (commercial banking) is {@code FINANCE_AND_INSURANCE}.
 * Three sectors span several codes (manufacturing 31-33, retail 44-45, transportation 48-49).
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Sector {
  /** NAICS 11. */
  AGRICULTURE("11", "Agriculture, Forestry, Fishing and Hunting"),
  /** NAICS 21. */
  MINING("21", "Mining, Quarrying, and Oil and Gas Extraction"),
  /** NAICS 22. */
  UTILITIES("22", "Utilities"),
  /** NAICS 23. */
  CONSTRUCTION("23", "Construction"),
  /** NAICS 31-33. */
  MANUFACTURING("31-33", "Manufacturing"),
  /** NAICS 42. */
  WHOLESALE_TRADE("42", "Wholesale Trade"),
  /** NAICS 44-45. */
  RETAIL_TRADE("44-45", "Retail Trade"),
  /** NAICS 48-49. */
  TRANSPORTATION("48-49", "Transportation and Warehousing"),
  /** NAICS 51. */
  INFORMATION("51", "Information"),
  /** NAICS 52. */
  FINANCE_AND_INSURANCE("52", "Finance and Insurance"),
  /** NAICS 53. */
  REAL_ESTATE("53", "Real Estate and Rental and Leasing"),
  /** NAICS 54. */
  PROFESSIONAL_SERVICES("54", "Professional, Scientific, and Technical Services"),
  /** NAICS 55. */
  MANAGEMENT_OF_COMPANIES("55", "Management of Companies and Enterprises"),
  /** NAICS 56. */
  ADMINISTRATIVE_SERVICES(
      "56", "Administrative and Support and Waste Management and Remediation Services"),
  /** NAICS 61. */
  EDUCATION("61", "Educational Services"),
  /** NAICS 62. */
  HEALTH_CARE("62", "Health Care and Social Assistance"),
  /** NAICS 71. */
  ARTS_AND_RECREATION("71", "Arts, Entertainment, and Recreation"),
  /** NAICS 72. */
  ACCOMMODATION_AND_FOOD("72", "Accommodation and Food Services"),
  /** NAICS 81. */
  OTHER_SERVICES("81", "Other Services (except Public Administration)"),
  /** NAICS 92. */
  PUBLIC_ADMINISTRATION("92", "Public Administration");

  private static final Pattern NAICS_CODE = Pattern.compile("\\d{2,6}");

  private static final ImmutableMap<String, Sector> BY_TWO_DIGITS;

  static {
    Map<String, Sector> codes = new LinkedHashMap<>();
    for (Sector s : values()) {
      String[] range = s.code.split("-");
      int last = Integer.parseInt(range[range.length - 1]);
      for (int c = Integer.parseInt(range[0]); c <= last; c++) {
        codes.put(Integer.toString(c), s);
      }
    }
    BY_TWO_DIGITS = ImmutableMap.copyOf(codes);
  }

  private final String code;
  private final String title;

  Sector(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Obtains a sector from a NAICS code of two to six digits (its first two digits name the sector, such as
   * {@code "52"} or {@code "522110"}), a sector's code range ({@code "31-33"}), its constant name or its
   * title, in any case.
   *
   * @param text  the text, such as {@code "finance and insurance"}, {@code "52"} or {@code "336111"}
   * @return the sector, not null
   * @throws SocialBusinessException if the text names no sector; the message lists the sectors
   */
  public static Sector parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString().strip();
    if (NAICS_CODE.matcher(s).matches()) {
      Sector found = BY_TWO_DIGITS.get(s.substring(0, 2));
      if (found != null) {
        return found;
      }
    }
    String key = Lookup.normalise(s);
    for (Sector sector : values()) {
      if (key.equals(Lookup.normalise(sector.name()))
          || key.equals(Lookup.normalise(sector.title))
          || key.equals(Lookup.normalise(sector.code))) {
        return sector;
      }
    }
    throw new SocialBusinessException(
        "Unknown Sector: '"
            + s
            + "' (accepted, in any case: a NAICS code of 2 to 6 digits whose first two are a sector's, or"
            + " one of "
            + String.join(
                "; ",
                Arrays.stream(values())
                    .map(x -> x.name() + " (" + x.code + ", '" + x.title + "')")
                    .toList())
            + ")");
  }

  /**
   * Gets the sector's NAICS code, or code range, such as {@code "52"} or {@code "31-33"}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the sector's NAICS title, such as "Finance and Insurance".
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }
}
