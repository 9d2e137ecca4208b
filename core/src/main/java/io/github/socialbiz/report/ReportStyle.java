package io.github.socialbiz.report;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The consultant's branding of a report: the firm, the author, a confidentiality line, an accent colour
 * and a logo, shown in the title block of the HTML page, the PDF and the Markdown (which shows the words,
 * not the logo). The default, {@link #neutral()}, shows none of them and leaves the report as it was.
 *
 * <pre>{@code
 * ReportStyle style = ReportStyle.neutral()
 *     .withFirm("Northwind Advisory")
 *     .withAuthor("Ana Ruiz")
 *     .withConfidentiality("Confidential: prepared for Globex Industries")
 *     .withAccent("#7b2d8e")
 *     .withLogo(ReportStyle.Logo.png(Files.readAllBytes(Path.of("logo.png"))));
 * Reports.html(ReportContext.of(assessment).withStyle(style));
 * }</pre>
 *
 * <p>Safe by construction: every text is escaped where it is written; the logo is embedded in the page
 * (a data URI), never fetched; a PNG must start with the PNG signature, and an SVG must be an {@code svg}
 * element that a parser with no DTD, no entities and no external access reads, with no script, no event
 * attribute and no reference outside the picture. A logo is at most 512 KiB.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ReportStyle {

  private static final ReportStyle NEUTRAL = new ReportStyle(null, null, null, null, null);
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final int MAX_TEXT = 200;

  private final @Nullable String firm;
  private final @Nullable String author;
  private final @Nullable String confidentiality;
  private final @Nullable String accent;
  private final @Nullable Logo logo;

  private ReportStyle(
      @Nullable String firm,
      @Nullable String author,
      @Nullable String confidentiality,
      @Nullable String accent,
      @Nullable Logo logo) {
    this.firm = firm;
    this.author = author;
    this.confidentiality = confidentiality;
    this.accent = accent;
    this.logo = logo;
  }

  /**
   * Gets the neutral style: no firm, author, confidentiality line, accent or logo.
   *
   * @return the neutral style, not null
   */
  public static ReportStyle neutral() {
    return NEUTRAL;
  }

  /**
   * Returns a copy with the consultant's firm, shown in the title block.
   *
   * @param firm  the firm's name, one line of at most 200 characters
   * @return the style, not null
   * @throws SocialBusinessException if the name is blank, longer or spans lines
   */
  public ReportStyle withFirm(String firm) {
    return new ReportStyle(text("firm", firm), author, confidentiality, accent, logo);
  }

  /**
   * Returns a copy with the report's author, shown in the title block.
   *
   * @param author  the author, one line of at most 200 characters
   * @return the style, not null
   * @throws SocialBusinessException if the text is blank, longer or spans lines
   */
  public ReportStyle withAuthor(String author) {
    return new ReportStyle(firm, text("author", author), confidentiality, accent, logo);
  }

  /**
   * Returns a copy with a confidentiality line, shown under the title and, in the PDF, at the foot of every
   * page.
   *
   * @param confidentiality  the line, such as "Confidential: prepared for Globex Industries"
   * @return the style, not null
   * @throws SocialBusinessException if the text is blank, longer than 200 characters or spans lines
   */
  public ReportStyle withConfidentiality(String confidentiality) {
    return new ReportStyle(firm, author, text("confidentiality", confidentiality), accent, logo);
  }

  /**
   * Returns a copy with an accent colour for the headings' rules.
   *
   * @param accent  the colour as {@code #RRGGBB}, such as {@code #7b2d8e}
   * @return the style, not null
   * @throws SocialBusinessException if the colour is not six hexadecimal digits after {@code #}
   */
  public ReportStyle withAccent(String accent) {
    requireNonNull(accent, "accent");
    if (!COLOUR.matcher(accent).matches()) {
      throw new SocialBusinessException(
          "ReportStyle.accent must be a colour written #RRGGBB, such as #7b2d8e, but was '"
              + accent
              + "'");
    }
    return new ReportStyle(firm, author, confidentiality, accent.toLowerCase(Locale.ROOT), logo);
  }

  /**
   * Returns a copy with a logo, shown at the top of the title block.
   *
   * @param logo  the logo
   * @return the style, not null
   */
  public ReportStyle withLogo(Logo logo) {
    return new ReportStyle(firm, author, confidentiality, accent, requireNonNull(logo, "logo"));
  }

  // -----------------------------------------------------------------------
  /**
   * Gets the firm.
   *
   * @return the firm, empty in the neutral style
   */
  public Optional<String> firm() {
    return Optional.ofNullable(firm);
  }

  /**
   * Gets the author.
   *
   * @return the author, empty in the neutral style
   */
  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  /**
   * Gets the confidentiality line.
   *
   * @return the line, empty in the neutral style
   */
  public Optional<String> confidentiality() {
    return Optional.ofNullable(confidentiality);
  }

  /**
   * Gets the accent colour, as {@code #rrggbb} in lower case.
   *
   * @return the colour, empty in the neutral style
   */
  public Optional<String> accent() {
    return Optional.ofNullable(accent);
  }

  /**
   * Gets the logo.
   *
   * @return the logo, empty in the neutral style
   */
  public Optional<Logo> logo() {
    return Optional.ofNullable(logo);
  }

  /**
   * Gets who prepared the report, in words: "Prepared by Ana Ruiz, Northwind Advisory", "Prepared by
   * Northwind Advisory", or empty when neither the author nor the firm is set.
   *
   * @return the line, not null
   */
  public Optional<String> preparedBy() {
    if (author == null && firm == null) {
      return Optional.empty();
    }
    return Optional.of(
        "Prepared by " + (author == null ? firm : (firm == null ? author : author + ", " + firm)));
  }

  private static String text(String field, String value) {
    requireNonNull(value, field);
    if (value.isBlank()
        || value.length() > MAX_TEXT
        || value.contains("\n")
        || value.contains("\r")) {
      throw new SocialBusinessException(
          "ReportStyle."
              + field
              + " must be one line of 1 to "
              + MAX_TEXT
              + " characters, but was '"
              + (value.length() > 60 ? value.substring(0, 60) + "..." : value)
              + "' ("
              + value.length()
              + " characters)");
    }
    return value.strip();
  }

  /**
   * Checks if this style is equal to another: the same firm, author, line, accent and logo.
   *
   * @param other  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportStyle s
        && firm().equals(s.firm())
        && author().equals(s.author())
        && confidentiality().equals(s.confidentiality())
        && accent().equals(s.accent())
        && logo().equals(s.logo());
  }

  /**
   * Gets a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(firm, author, confidentiality, accent, logo);
  }

  /**
   * Returns the style in one line, such as {@code ReportStyle{firm=Northwind Advisory, accent=#7b2d8e,
   * logo=PNG 1,024 bytes}} or {@code ReportStyle{neutral}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ReportStyle{");
    firm().ifPresent(f -> s.append("firm=").append(f).append(", "));
    author().ifPresent(a -> s.append("author=").append(a).append(", "));
    confidentiality().ifPresent(c -> s.append("confidentiality=").append(c).append(", "));
    accent().ifPresent(a -> s.append("accent=").append(a).append(", "));
    logo().ifPresent(l -> s.append("logo=").append(l).append(", "));
    return s.length() == 12 ? "ReportStyle{neutral}" : s.substring(0, s.length() - 2) + "}";
  }

  // -----------------------------------------------------------------------
  /**
   * A logo, PNG or SVG, checked when it is made and embedded in the report, never fetched.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Logo {

    /** The largest logo accepted, in bytes: 512 KiB. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final byte[] bytes;

    private Logo(String mediaType, byte[] bytes) {
      this.mediaType = mediaType;
      this.bytes = bytes;
    }

    /**
     * Obtains a PNG logo.
     *
     * @param bytes  the PNG file's bytes
     * @return the logo, not null
     * @throws SocialBusinessException if the bytes are empty, larger than {@link #MAX_BYTES} or do not
     *     start with the PNG signature
     */
    public static Logo png(byte[] bytes) {
      byte[] copy = size(requireNonNull(bytes, "bytes").clone());
      if (copy.length < PNG.length || !Arrays.equals(Arrays.copyOf(copy, PNG.length), PNG)) {
        throw new SocialBusinessException(
            "ReportStyle.logo must be a PNG file, starting with the PNG signature, but its "
                + Math.min(copy.length, 8)
                + " first bytes are not it");
      }
      return new Logo("image/png", copy);
    }

    /**
     * Obtains an SVG logo.
     *
     * @param bytes  the SVG file's bytes, UTF-8
     * @return the logo, not null
     * @throws SocialBusinessException if the bytes are empty or larger than {@link #MAX_BYTES}, are not
     *     an {@code svg} element read with no DTD or entity, or hold a script, an event attribute or a
     *     reference outside the picture
     */
    public static Logo svg(byte[] bytes) {
      byte[] copy = size(requireNonNull(bytes, "bytes").clone());
      Element root;
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        root = builder.parse(new ByteArrayInputStream(copy)).getDocumentElement();
      } catch (ParserConfigurationException | SAXException | IOException e) {
        throw new SocialBusinessException(
            "ReportStyle.logo must be an SVG file that parses as XML with no DTD, but: "
                + e.getMessage());
      }
      if (!root.getLocalName().equals("svg")
          || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
        throw new SocialBusinessException(
            "ReportStyle.logo must be an SVG file whose root is an svg element in the SVG namespace,"
                + " but its root is '"
                + root.getTagName()
                + "'");
      }
      check(root);
      return new Logo("image/svg+xml", copy);
    }

    private static void check(Element e) {
      if (e.getLocalName().equalsIgnoreCase("script")
          || e.getLocalName().equalsIgnoreCase("foreignObject")) {
        throw new SocialBusinessException(
            "ReportStyle.logo must not hold a " + e.getLocalName() + " element");
      }
      var attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        var a = attributes.item(i);
        String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
        String value = a.getNodeValue().strip();
        if (name.toLowerCase(Locale.ROOT).startsWith("on")
            || (name.equals("href") && !value.startsWith("#"))) {
          throw new SocialBusinessException(
              "ReportStyle.logo must not hold an event attribute or a reference outside the picture,"
                  + " but "
                  + e.getLocalName()
                  + " has "
                  + name
                  + "='"
                  + value
                  + "'");
        }
      }
      for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element child) {
          check(child);
        }
      }
    }

    private static byte[] size(byte[] bytes) {
      if (bytes.length == 0 || bytes.length > MAX_BYTES) {
        throw new SocialBusinessException(
            "ReportStyle.logo must be 1 to "
                + MAX_BYTES
                + " bytes, but was "
                + bytes.length
                + " bytes");
      }
      return bytes;
    }

    /**
     * Gets the media type, {@code image/png} or {@code image/svg+xml}.
     *
     * @return the media type, not null
     */
    public String mediaType() {
      return mediaType;
    }

    /**
     * Gets the logo as a data URI, the form in which a page embeds it.
     *
     * @return the URI, such as {@code data:image/png;base64,iVBOR...}, not null
     */
    public String dataUri() {
      return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Checks if this logo is equal to another: the same media type and bytes.
     *
     * @param other  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Logo l
          && mediaType.equals(l.mediaType)
          && Arrays.equals(bytes, l.bytes);
    }

    /**
     * Gets a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(mediaType, Arrays.hashCode(bytes));
    }

    /**
     * Returns the kind and size, such as {@code PNG 1,024 bytes}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
      return (mediaType.equals("image/png") ? "PNG " : "SVG ")
          + String.format(Locale.ROOT, "%,d", bytes.length)
          + " bytes";
    }
  }
}
