package dev.verdict.report.html;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws a JFreeChart chart as an {@code <svg>} element to inline in the page, with Apache Batik's
 * SVGGraphics2D (Apache-2.0). Every id in the SVG starts with the figure's id, so the clip paths of
 * several charts on one page never collide; the element has a {@code <title>} and {@code role="img"}.
 */
final class Svg {
  private static final DOMImplementation DOM = dom();

  private Svg() {}

  /** The chart as an {@code <svg>} element with a view box of its size (it scales to the page's width). */
  static String render(Charts.Chart chart, String id, String title) {
    Document document = DOM.createDocument(SVGConstants.SVG_NAMESPACE_URI, "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setPrecision(2);
    context.setEmbeddedFontsOn(false);
    context.setIDGenerator(new PrefixedIds(id + "-"));
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(chart.width(), chart.height()));
    chart.jfree().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
    Element root = g.getRoot();
    root.removeAttribute("width");
    root.removeAttribute("height");
    root.setAttribute("viewBox", "0 0 " + chart.width() + " " + chart.height());
    root.setAttribute("class", "chart-svg");
    root.setAttribute("role", "img");
    root.setAttribute("aria-labelledby", id + "-title");
    NodeList defs = root.getElementsByTagName("defs");
    for (int i = 0; i < defs.getLength(); i++) {
      Element e = (Element) defs.item(i);
      if (e.hasAttribute("id")) {
        e.setAttribute("id", id + "-" + e.getAttribute("id"));
      }
    }
    Element titleElement = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, "title");
    titleElement.setAttribute("id", id + "-title");
    titleElement.setTextContent(title);
    root.insertBefore(titleElement, root.getFirstChild());
    StringWriter out = new StringWriter();
    try {
      g.stream(root, out, false, false);
    } catch (SVGGraphics2DIOException e) {
      throw new IllegalStateException("cannot write the SVG of chart " + id, e);
    } finally {
      g.dispose();
    }
    // inline SVG in HTML needs no XML declaration and no namespace declarations (so the page names no URL)
    String svg = out.toString();
    return svg.substring(svg.indexOf("<svg"))
        .replace(" xmlns=\"" + SVGConstants.SVG_NAMESPACE_URI + "\"", "")
        .replace(" xmlns:xlink=\"" + SVGConstants.XLINK_NAMESPACE_URI + "\"", "");
  }

  private static DOMImplementation dom() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().getDOMImplementation();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML DOM is unavailable", e);
    }
  }

  /** Batik's ids ({@code clipPath3}, …) with the figure's id in front. */
  private static final class PrefixedIds extends SVGIDGenerator {
    private final String prefix;

    PrefixedIds(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String generateID(String kind) {
      return super.generateID(prefix + kind);
    }
  }
}
