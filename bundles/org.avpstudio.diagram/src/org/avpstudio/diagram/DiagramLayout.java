package org.avpstudio.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.Line;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link DiagramModel} out with ELK's layered algorithm, top to bottom: hardware, hypervisor, VMs, with
 * networks, driver VMs and shared memory where their connections put them; orthogonal edges with labels.
 */
public final class DiagramLayout {

	/** Text metrics of the renderer (12 px sans-serif), used to size boxes and labels. */
	public static final double CHAR_WIDTH = 7.0;
	public static final double HEADER = 44;
	public static final double ROW = 18;
	public static final double LABEL_HEIGHT = 14;

	/** A laid-out diagram: box rectangles and line polylines in absolute coordinates. */
	public record Laid(DiagramModel model, double width, double height, Map<String, double[]> boxes, List<Route> routes) {
	}

	/** A line's polyline and where its label goes. */
	public record Route(Line line, List<double[]> points, double[] label) {
	}

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private DiagramLayout() {
	}

	public static Laid layout(DiagramModel model) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 36.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
		root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(24));
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
		Map<String, ElkNode> nodes = new HashMap<>();
		for (Box box : model.boxes()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(box.id());
			node.setDimensions(width(box), height(box));
			nodes.put(box.id(), node);
		}
		Map<ElkEdge, Line> edges = new HashMap<>();
		for (Line line : model.lines()) {
			ElkNode from = nodes.get(line.from());
			ElkNode to = nodes.get(line.to());
			if (from == null || to == null || from == to) {
				continue;
			}
			ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
			edge.setIdentifier(line.id());
			if (line.label() != null && !line.label().isEmpty()) {
				ElkLabel label = ElkGraphUtil.createLabel(line.label(), edge);
				label.setDimensions(line.label().length() * CHAR_WIDTH * 0.9 + 6, LABEL_HEIGHT);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			edges.put(edge, line);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		Map<String, double[]> rects = new HashMap<>();
		nodes.forEach((id, node) -> rects.put(id, new double[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() }));
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<ElkEdge, Line> entry : edges.entrySet()) {
			ElkEdge edge = entry.getKey();
			List<double[]> points = new ArrayList<>();
			for (ElkEdgeSection section : edge.getSections()) {
				points.add(new double[] { section.getStartX(), section.getStartY() });
				for (ElkBendPoint bend : section.getBendPoints()) {
					points.add(new double[] { bend.getX(), bend.getY() });
				}
				points.add(new double[] { section.getEndX(), section.getEndY() });
			}
			double[] label = edge.getLabels().isEmpty() ? null
					: new double[] { edge.getLabels().get(0).getX(), edge.getLabels().get(0).getY(), edge.getLabels().get(0).getWidth() };
			routes.add(new Route(entry.getValue(), points, label));
		}
		routes.sort((a, b) -> a.line().id().compareTo(b.line().id()));
		return new Laid(model, root.getWidth(), root.getHeight(), rects, routes);
	}

	static double width(Box box) {
		int longest = Math.max(box.title().length() + (box.badge() == null ? 0 : box.badge().length() + 4), box.subtitle().length());
		for (DiagramModel.Row row : box.rows()) {
			longest = Math.max(longest, row.text().length() + 3);
		}
		return Math.max(150, longest * CHAR_WIDTH + 36);
	}

	static double height(Box box) {
		return HEADER + box.rows().size() * ROW + (box.rows().isEmpty() ? 0 : 8);
	}
}
