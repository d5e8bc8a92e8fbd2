// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram;

import java.util.List;
import java.util.Locale;

import org.avpstudio.diagram.DiagramLayout.Laid;
import org.avpstudio.diagram.DiagramLayout.Route;
import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.Row;

/**
 * Renders a laid-out platform diagram as a self-contained SVG: VM headers coloured by criticality, driver VMs and
 * findings marked, each kind of connection with its own stroke, a legend. Every box and line carries a
 * {@code data-id} so that a client (the report, the Eclipse view) can link it back to the model.
 */
public final class SvgDiagram {

	/** Room the legend needs on its line. */
	private static final double LEGEND_WIDTH = 1010;

	private SvgDiagram() {
	}

	public static String render(Laid laid) {
		double legendHeight = 34;
		double width = Math.max(laid.width(), LEGEND_WIDTH);
		double height = laid.height() + legendHeight;
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"avp-diagram\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
				+ " font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"12\">\n", width, height, width, height));
		s.append("<title>").append(escape("Platform " + laid.model().title())).append("</title>\n");
		s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
				+ "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
		s.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fbfcfe\"/>\n", width, height));
		for (Route route : laid.routes()) {
			line(s, route, laid.model().dependency(route.line().id()));
		}
		for (Box box : laid.model().boxes()) {
			double[] r = laid.boxes().get(box.id());
			if (r != null) {
				box(s, box, r);
			}
		}
		for (Route route : laid.routes()) {
			label(s, route);
		}
		legend(s, laid.height() + 8);
		s.append("</svg>\n");
		return s.toString();
	}

	/**
	 * A line; one that draws a dependency on a lower criticality ({@code dependency} not null) gets the class
	 * {@code dependency open} or {@code dependency waived} and a wider red (open) or amber (waived) stroke.
	 */
	private static void line(StringBuilder s, Route route, Boolean dependency) {
		if (route.points().size() < 2) {
			return;
		}
		StringBuilder d = new StringBuilder();
		for (double[] p : route.points()) {
			d.append(d.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
		}
		String style = switch (route.line().kind()) {
		case RUNS_ON -> "stroke=\"#b8c2d0\" stroke-width=\"1.2\"";
		case NETWORK -> "stroke=\"#2e7d32\" stroke-width=\"1.6\"";
		case BACKEND -> "stroke=\"#6a1b9a\" stroke-width=\"1.6\" stroke-dasharray=\"6 3\" marker-end=\"url(#arrow)\"";
		case PASSTHROUGH -> "stroke=\"#8d6e63\" stroke-width=\"1.4\" stroke-dasharray=\"2 3\" marker-end=\"url(#arrow)\"";
		case VSOCK -> "stroke=\"#1565c0\" stroke-width=\"2\" marker-end=\"url(#arrow)\"";
		case SHARED_MEMORY -> "stroke=\"#ef6c00\" stroke-width=\"1.8\"";
		};
		if (dependency != null) {
			style = style.replaceFirst("stroke=\"#[0-9a-f]+\" stroke-width=\"[0-9.]+\"",
					dependency ? "stroke=\"#9a6700\" stroke-width=\"2.6\"" : "stroke=\"#cf222e\" stroke-width=\"2.6\"");
		}
		String classes = dependency == null ? "" : dependency ? " dependency waived" : " dependency open";
		s.append("<g class=\"line ").append(route.line().kind().name().toLowerCase(Locale.ROOT)).append(classes).append("\" data-id=\"").append(escape(route.line().id()))
				.append("\"><path d=\"").append(d).append("\" fill=\"none\" ").append(style).append("/></g>\n");
	}

	/** A line's label, drawn over every line and box so that no line runs through its text. */
	private static void label(StringBuilder s, Route route) {
		if (route.label() != null && route.line().label() != null) {
			s.append("<g class=\"line-label\" data-id=\"").append(escape(route.line().id())).append("\">");
			s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>",
					route.label()[0] - 2, route.label()[1] - 1, route.label()[2] + 4, DiagramLayout.LABEL_HEIGHT + 2));
			s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#37474f\">", route.label()[0] + 1,
					route.label()[1] + 11)).append(escape(route.line().label())).append("</text></g>\n");
		}
	}

	private static void box(StringBuilder s, Box box, double[] r) {
		String header = switch (box.kind()) {
		case HARDWARE -> "#455a64";
		case HYPERVISOR -> "#37474f";
		case NETWORK -> "#2e7d32";
		case SHARED_MEMORY -> "#ef6c00";
		case VM -> criticalityColour(box.badge());
		};
		String border = box.errors() > 0 ? "#c62828" : box.warnings() > 0 ? "#f9a825" : "#90a4ae";
		s.append("<g class=\"box ").append(box.kind().name().toLowerCase(Locale.ROOT)).append("\" data-id=\"").append(escape(box.id())).append("\">");
		s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"%s\"/>",
				r[0], r[1], r[2], r[3], border, box.errors() > 0 ? "2.5" : "1.2"));
		if (box.rows().isEmpty()) {
			s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"%s\"/>", r[0], r[1], r[2], r[3], header));
		} else {
			s.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f h%.1f a8,8 0 0 1 8,8 v%.1f h-%.1f v-%.1f a8,8 0 0 1 8,-8 z\" fill=\"%s\"/>", r[0] + 8,
					r[1], r[2] - 16, DiagramLayout.HEADER - 8, r[2], DiagramLayout.HEADER - 8, header));
		}
		s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" font-size=\"13\" fill=\"#ffffff\">", r[0] + 10, r[1] + 18))
				.append(escape(box.title())).append("</text>");
		s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#eceff1\">", r[0] + 10, r[1] + 35))
				.append(escape(box.subtitle())).append("</text>");
		if (box.badge() != null && !box.badge().isEmpty()) {
			double w = box.badge().length() * 7 + 12;
			s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" rx=\"8\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>",
					r[0] + r[2] - w - 8, r[1] + 6, w));
			s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" font-weight=\"bold\" fill=\"#263238\">", r[0] + r[2] - w - 3,
					r[1] + 18)).append(escape(box.badge())).append("</text>");
		}
		if (box.errors() + box.warnings() > 0) {
			String text = (box.errors() > 0 ? box.errors() + " error" + (box.errors() > 1 ? "s" : "") : "")
					+ (box.errors() > 0 && box.warnings() > 0 ? ", " : "") + (box.warnings() > 0 ? box.warnings() + " warning" + (box.warnings() > 1 ? "s" : "") : "");
			s.append(String.format(Locale.ROOT, "<text class=\"findings\" x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"%s\">", r[0] + r[2] - 6,
					r[1] + r[3] + 12, border)).append(escape("\u26a0 " + text)).append("</text>");
		}
		List<Row> rows = box.rows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			double y = r[1] + DiagramLayout.HEADER + 4 + i * DiagramLayout.ROW;
			String colour = row.errors() > 0 ? "#c62828" : row.warnings() > 0 ? "#9a6700" : "#263238";
			String device = row.device() == null ? "" : " class=\"row\" data-device=\"" + escape(row.device()) + "\"";
			s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>", r[0] + 12, y + 13, colour, device))
					.append(escape((row.errors() + row.warnings() > 0 ? "\u26a0 " : "") + row.text())).append("</text>");
		}
		s.append("</g>\n");
	}

	private static String criticalityColour(String criticality) {
		return switch (criticality == null ? "" : criticality) {
		case "ASIL-D" -> "#b71c1c";
		case "ASIL-C" -> "#d84315";
		case "ASIL-B" -> "#ef6c00";
		case "ASIL-A" -> "#f9a825";
		default -> "#1565c0";
		};
	}

	private static void legend(StringBuilder s, double y) {
		String[][] items = { { "#1565c0", "vsock channel", "" }, { "#2e7d32", "network", "" }, { "#6a1b9a", "back-end in driver VM", "6 3" },
				{ "#8d6e63", "passthrough", "2 3" }, { "#ef6c00", "shared memory", "" } };
		double x = 24;
		s.append("<g class=\"legend\" font-size=\"11\" fill=\"#455a64\">");
		for (String[] item : items) {
			s.append(String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" stroke-width=\"2\"%s/>", x, y + 8, x + 26, y + 8,
					item[0], item[2].isEmpty() ? "" : " stroke-dasharray=\"" + item[2] + "\""));
			s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\">", x + 32, y + 12)).append(item[1]).append("</text>");
			x += 44 + item[1].length() * 6.5;
		}
		s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\">VM header: QM blue, ASIL-A to D yellow to red</text>", x + 10, y + 12));
		s.append("</g>\n");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
