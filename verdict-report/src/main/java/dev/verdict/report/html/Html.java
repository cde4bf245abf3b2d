package dev.verdict.report.html;

/**
 * A small builder of XHTML-compatible markup: every text and attribute value is escaped, every
 * element is closed, so the page parses as HTML and as XML.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(64 * 1024);

  /**
   * Text as markup: {@code & < > " '} become references and characters that XML forbids (control
   * characters other than tab and line breaks) become U+FFFD.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** Opens an element; {@code attributes} are name, value pairs, and a pair with a null value is left out. */
  Html open(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append('>');
    return this;
  }

  Html close(String tag) {
    sb.append("</").append(tag).append('>');
    if (!isInline(tag)) {
      sb.append('\n');
    }
    return this;
  }

  /** An element with text content. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** An element without content, such as {@code <meta/>}. */
  Html empty(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append("/>");
    return this;
  }

  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** Markup made elsewhere (the charts' SVG), added as it is. */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + String.join(", ", attributes));
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  private static boolean isInline(String tag) {
    return switch (tag) {
      case "a", "abbr", "b", "code", "em", "span", "strong", "small", "sub", "sup", "title", "th", "td", "dt", "dd",
          "li", "summary", "figcaption", "caption" -> true;
      default -> false;
    };
  }
}
