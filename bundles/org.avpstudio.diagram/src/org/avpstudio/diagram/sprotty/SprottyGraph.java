package org.avpstudio.diagram.sprotty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.avpstudio.diagram.DiagramLayout;
import org.avpstudio.diagram.DiagramLayout.Laid;
import org.avpstudio.diagram.DiagramLayout.Route;
import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.BoxKind;
import org.avpstudio.diagram.DiagramModel.LineKind;
import org.avpstudio.diagram.DiagramModel.Row;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The laid-out platform diagram as a Sprotty graph model (the JSON the diagram client renders): a node per box with
 * its title, subtitle, badge and rows as labels and an issue marker for its findings, an edge per line with its
 * label. Boxes the user has moved keep their place ({@code pinned}); edges touching them are left to the client's
 * router instead of ELK's bend points.
 */
public final class SprottyGraph {

	/** Where a device row's id starts in the row's element id: {@code vm:<vm>/device/<device>}. */
	public static final String DEVICE_ROW = "/device/";

	private SprottyGraph() {
	}

	public static JsonObject of(Laid laid, Map<String, double[]> pinned) {
		JsonObject graph = element("graph", "platform");
		JsonArray children = new JsonArray();
		for (Box box : laid.model().boxes()) {
			double[] r = laid.boxes().get(box.id());
			if (r != null) {
				double[] at = pinned.getOrDefault(box.id(), r);
				children.add(node(box, at[0], at[1], r[2], r[3]));
			}
		}
		for (Route route : laid.routes()) {
			children.add(edge(route, pinned.containsKey(route.line().from()) || pinned.containsKey(route.line().to())));
		}
		graph.add("children", children);
		return graph;
	}

	private static JsonObject node(Box box, double x, double y, double width, double height) {
		JsonObject node = element("node:" + box.kind().name().toLowerCase(Locale.ROOT), box.id());
		node.add("position", point(x, y));
		node.add("size", size(width, height));
		node.addProperty("header", DiagramLayout.HEADER);
		node.addProperty("hasRows", !box.rows().isEmpty());
		node.addProperty("errors", box.errors());
		node.addProperty("warnings", box.warnings());
		JsonArray classes = new JsonArray();
		classes.add(box.kind().name().toLowerCase(Locale.ROOT));
		if (box.kind() == BoxKind.VM && box.badge() != null) {
			classes.add("crit-" + box.badge().toLowerCase(Locale.ROOT));
		}
		node.add("cssClasses", classes);
		JsonArray children = new JsonArray();
		children.add(label("label:title", box.id() + "#title", box.title(), 10, 18, "title"));
		children.add(label("label:subtitle", box.id() + "#subtitle", box.subtitle(), 10, 35, "subtitle"));
		if (box.badge() != null && !box.badge().isEmpty()) {
			double badgeWidth = box.badge().length() * 7 + 12;
			JsonObject badge = label("label:badge", box.id() + "#badge", box.badge(), width - badgeWidth - 8, 6, "badge");
			badge.add("size", size(badgeWidth, 16));
			children.add(badge);
		}
		List<Row> rows = box.rows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String severity = row.errors() > 0 ? "error" : row.warnings() > 0 ? "warning" : null;
			String text = (severity == null ? "" : "\u26a0 ") + row.text();
			double baseline = DiagramLayout.HEADER + 4 + i * DiagramLayout.ROW + 13;
			children.add(row.device() == null
					? label("label:host", box.id() + "#row" + i, text, 12, baseline, "host", severity)
					: label("label:device", box.id() + DEVICE_ROW + row.device(), text, 12, baseline, "device", severity));
		}
		if (box.errors() + box.warnings() > 0) {
			children.add(marker(box));
		}
		node.add("children", children);
		return node;
	}

	private static JsonObject marker(Box box) {
		JsonObject marker = element("marker", box.id() + "#findings");
		marker.add("size", size(16, 16));
		JsonArray issues = new JsonArray();
		if (box.errors() > 0) {
			issues.add(issue("error", box.errors() + (box.errors() == 1 ? " open error" : " open errors") + " (see the AVPS Compliance view)"));
		}
		if (box.warnings() > 0) {
			issues.add(issue("warning", box.warnings() + (box.warnings() == 1 ? " warning" : " warnings")));
		}
		marker.add("issues", issues);
		return marker;
	}

	private static JsonObject issue(String severity, String message) {
		JsonObject issue = new JsonObject();
		issue.addProperty("severity", severity);
		issue.addProperty("message", message);
		return issue;
	}

	private static JsonObject edge(Route route, boolean clientRouted) {
		String kind = route.line().kind().name().toLowerCase(Locale.ROOT);
		JsonObject edge = element("edge:" + kind, route.line().id());
		edge.addProperty("sourceId", route.line().from());
		edge.addProperty("targetId", route.line().to());
		JsonArray classes = new JsonArray();
		classes.add(kind);
		LineKind lineKind = route.line().kind();
		if (lineKind == LineKind.VSOCK || lineKind == LineKind.BACKEND || lineKind == LineKind.PASSTHROUGH) {
			classes.add("directed");
		}
		edge.add("cssClasses", classes);
		JsonArray points = new JsonArray();
		if (!clientRouted) {
			for (double[] p : route.points()) {
				points.add(point(p[0], p[1]));
			}
		}
		edge.add("routingPoints", points);
		String text = route.line().label();
		if (text != null && !text.isEmpty()) {
			JsonObject label = label("label:edge", route.line().id() + "#label", text, 0, 0);
			label.add("size", size(text.length() * DiagramLayout.CHAR_WIDTH * 0.9 + 6, DiagramLayout.LABEL_HEIGHT));
			JsonObject placement = new JsonObject();
			placement.addProperty("position", 0.5);
			placement.addProperty("side", "on");
			placement.addProperty("rotate", false);
			placement.addProperty("offset", 0);
			label.add("edgePlacement", placement);
			JsonArray children = new JsonArray();
			children.add(label);
			edge.add("children", children);
		}
		return edge;
	}

	private static JsonObject label(String type, String id, String text, double x, double y, String... classes) {
		JsonObject label = element(type, id);
		label.addProperty("text", text);
		label.add("position", point(x, y));
		JsonArray css = new JsonArray();
		for (String c : classes) {
			if (c != null) {
				css.add(c);
			}
		}
		if (!css.isEmpty()) {
			label.add("cssClasses", css);
		}
		return label;
	}

	private static JsonObject element(String type, String id) {
		JsonObject element = new JsonObject();
		element.addProperty("type", type);
		element.addProperty("id", id);
		return element;
	}

	private static JsonObject point(double x, double y) {
		JsonObject point = new JsonObject();
		point.addProperty("x", Math.round(x * 10) / 10.0);
		point.addProperty("y", Math.round(y * 10) / 10.0);
		return point;
	}

	private static JsonObject size(double width, double height) {
		JsonObject size = new JsonObject();
		size.addProperty("width", Math.round(width * 10) / 10.0);
		size.addProperty("height", Math.round(height * 10) / 10.0);
		return size;
	}
}
