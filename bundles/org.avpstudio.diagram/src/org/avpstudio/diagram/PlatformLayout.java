// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.diagram.DiagramLayout.Laid;
import org.avpstudio.diagram.DiagramLayout.Route;
import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.Line;

/**
 * The platform's layout, in bands as the platform is built: the hardware and the hypervisor on top, the VMs side by
 * side in a grid below (as many columns as fit {@link #MAX_WIDTH}, rows balanced), networks and shared-memory
 * regions at the bottom. Lines are routed orthogonally through the gutters between rows and columns: a line leaves
 * its box towards the other end's row, runs along a lane of the gutter, down or up a lane of a column gutter, and
 * along a lane of the gutter next to the other box. Lines of one kind that meet in one box (the hypervisor's lines
 * to its VMs, the VMs' lines to a network, the vsock channels into one VM) share their lanes and that box's port,
 * like a bus; each line's label stands next to its other end.
 */
final class PlatformLayout {

	/** The width the VM grid is fitted into: one screen at 100 % with room for the workbench around it. */
	static final double MAX_WIDTH = 1600;
	static final double PAD = 24;
	static final double MIN_COLUMN_GUTTER = 36;
	static final double MIN_ROW_GUTTER = 40;
	static final double BAND_GAP = 40;
	static final double LANE = 10;
	static final double MARGIN = 10;
	static final double LABEL_STEP = 15;

	private enum Side {
		TOP, BOTTOM, LEFT, RIGHT
	}

	/** Where a line ends on a box. {@code shared} ends of a bus are one port. */
	private static final class Port {
		final String box;
		final Side side;
		double x;
		double y;
		double towards;
		int labelIndex = -1;

		Port(String box, Side side) {
			this.box = box;
			this.side = side;
		}
	}

	/** One line's route in terms of rows, gutters and lanes, before coordinates exist. */
	private static final class Plan {
		final Line line;
		Port from;
		Port to;
		Port labelled;
		String[] hKeys;
		int[] hGutters;
		String vKey;
		int vGutter = -1;
		boolean straight;

		Plan(Line line) {
			this.line = line;
		}
	}

	private final DiagramModel model;
	private final List<List<Box>> rows = new ArrayList<>();
	private final Map<String, int[]> cell = new HashMap<>();
	private final Map<String, double[]> rects = new LinkedHashMap<>();
	private int columns;
	private int firstVmRow;
	private int vmRows;
	private final List<List<String>> hLanes = new ArrayList<>();
	private final List<List<String>> vLanes = new ArrayList<>();
	private final Map<String, List<Port>> ports = new HashMap<>();
	private final Map<String, Port> sharedPorts = new HashMap<>();

	private PlatformLayout(DiagramModel model) {
		this.model = model;
	}

	static Laid layout(DiagramModel model) {
		return new PlatformLayout(model).run();
	}

	private Laid run() {
		List<Box> top = new ArrayList<>();
		List<Box> vms = new ArrayList<>();
		List<Box> bottom = new ArrayList<>();
		for (Box box : model.boxes()) {
			switch (box.kind()) {
			case HARDWARE, HYPERVISOR -> top.add(box);
			case VM -> vms.add(box);
			case NETWORK, SHARED_MEMORY -> bottom.add(box);
			}
		}
		if (!top.isEmpty()) {
			rows.add(top);
		}
		firstVmRow = rows.size();
		columns = columns(vms);
		vmRows = vms.isEmpty() ? 0 : (vms.size() + columns - 1) / columns;
		for (int r = 0; r < vmRows; r++) {
			rows.add(new ArrayList<>(vms.subList(r * columns, Math.min(vms.size(), (r + 1) * columns))));
		}
		if (!bottom.isEmpty()) {
			rows.add(bottom);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int i = 0; i < rows.get(r).size(); i++) {
				cell.put(rows.get(r).get(i).id(), new int[] { r, i });
			}
			hLanes.add(new ArrayList<>());
		}
		for (int c = 0; c <= Math.max(columns, 1); c++) {
			vLanes.add(new ArrayList<>());
		}
		List<Plan> plans = plan();
		place(plans);
		List<Route> routes = new ArrayList<>();
		for (Plan plan : plans) {
			routes.add(route(plan));
		}
		routes.sort(Comparator.comparing(r -> r.line().id()));
		double width = 0;
		double height = 0;
		for (double[] r : rects.values()) {
			width = Math.max(width, r[0] + r[2]);
			height = Math.max(height, r[1] + r[3]);
		}
		height = Math.max(height, bottomOfGutters);
		return new Laid(model, width + PAD, height + PAD, rects, routes);
	}

	/** The number of columns of the VM grid: as many as fit {@link #MAX_WIDTH}, then balanced over the rows. */
	private static int columns(List<Box> vms) {
		if (vms.isEmpty()) {
			return 0;
		}
		double widest = vms.stream().mapToDouble(DiagramLayout::width).max().orElse(150);
		int columns = vms.size();
		while (columns > 1 && 2 * PAD + columns * widest + (columns + 1) * (MIN_COLUMN_GUTTER + 2 * LANE) > MAX_WIDTH) {
			columns--;
		}
		int rows = (vms.size() + columns - 1) / columns;
		return (vms.size() + rows - 1) / rows;
	}

	private boolean isVmRow(int row) {
		return row >= firstVmRow && row < firstVmRow + vmRows;
	}

	// --- planning: sides, gutters, shared lanes ---

	private List<Plan> plan() {
		Map<String, Integer> bySource = new HashMap<>();
		Map<String, Integer> byTarget = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		for (Line line : model.lines()) {
			if (cell.containsKey(line.from()) && cell.containsKey(line.to()) && !line.from().equals(line.to())) {
				lines.add(line);
				bySource.merge(line.kind() + "|" + line.from(), 1, Integer::sum);
				byTarget.merge(line.kind() + "|" + line.to(), 1, Integer::sum);
			}
		}
		List<Plan> plans = new ArrayList<>();
		for (Line line : lines) {
			Plan plan = new Plan(line);
			int[] s = cell.get(line.from());
			int[] t = cell.get(line.to());
			if (s[0] == t[0] && Math.abs(s[1] - t[1]) == 1 && !isVmRow(s[0]) && (line.label() == null || line.label().isEmpty())) {
				// neighbours in a band (hardware and hypervisor): a straight line between the facing sides
				plan.straight = true;
				plan.from = port(line.from(), s[1] < t[1] ? Side.RIGHT : Side.LEFT, null);
				plan.to = port(line.to(), s[1] < t[1] ? Side.LEFT : Side.RIGHT, null);
				plans.add(plan);
				continue;
			}
			boolean hubIsSource = bySource.get(line.kind() + "|" + line.from()) >= byTarget.get(line.kind() + "|" + line.to())
					&& bySource.get(line.kind() + "|" + line.from()) > 1;
			String hub = line.kind() + "|" + (hubIsSource ? "from:" + line.from() : "to:" + line.to());
			Side exit;
			Side entry;
			int gs;
			int gt;
			if (t[0] < s[0]) {
				exit = Side.TOP;
				entry = Side.BOTTOM;
				gs = s[0] - 1;
				gt = t[0];
			} else if (t[0] > s[0]) {
				exit = Side.BOTTOM;
				entry = Side.TOP;
				gs = s[0];
				gt = t[0] - 1;
			} else {
				exit = Side.BOTTOM;
				entry = Side.BOTTOM;
				gs = s[0];
				gt = s[0];
			}
			plan.from = port(line.from(), exit, hubIsSource ? hub + "|" + exit : null);
			plan.to = port(line.to(), entry, hubIsSource ? null : hub + "|" + entry);
			plan.labelled = hubIsSource ? plan.to : plan.from;
			if (gs == gt) {
				plan.hGutters = new int[] { gs };
			} else {
				plan.hGutters = new int[] { gs, gt };
				plan.vGutter = columnGutter(line.from(), line.to(), hubIsSource);
				plan.vKey = hub;
				lane(vLanes.get(plan.vGutter), hub);
			}
			plan.hKeys = new String[plan.hGutters.length];
			for (int i = 0; i < plan.hGutters.length; i++) {
				plan.hKeys[i] = hub;
				lane(hLanes.get(plan.hGutters[i]), hub);
			}
			plans.add(plan);
		}
		for (Plan plan : plans) {
			if (plan.labelled != null && plan.line.label() != null && !plan.line.label().isEmpty() && plan.labelled.labelIndex < 0) {
				plan.labelled.labelIndex = (int) ports.get(plan.labelled.box + "|" + plan.labelled.side).stream().filter(p -> p.labelIndex >= 0).count();
			}
		}
		return plans;
	}

	/** The column gutter a line runs along between rows: the one beside the non-hub end, on the side the other end comes from. */
	private int columnGutter(String from, String to, boolean hubIsSource) {
		String near = hubIsSource ? to : from;
		String far = hubIsSource ? from : to;
		int[] n = cell.get(near);
		int[] f = cell.get(far);
		if (!isVmRow(n[0])) {
			if (isVmRow(f[0])) {
				return f[1];
			}
			return 0;
		}
		if (isVmRow(f[0]) && f[1] > n[1]) {
			return n[1] + 1;
		}
		return n[1];
	}

	private static void lane(List<String> lanes, String key) {
		if (!lanes.contains(key)) {
			lanes.add(key);
		}
	}

	private Port port(String box, Side side, String shared) {
		if (shared != null && sharedPorts.containsKey(shared + "|" + box)) {
			return sharedPorts.get(shared + "|" + box);
		}
		Port port = new Port(box, side);
		ports.computeIfAbsent(box + "|" + side, k -> new ArrayList<>()).add(port);
		if (shared != null) {
			sharedPorts.put(shared + "|" + box, port);
		}
		return port;
	}

	private int labels(String box, Side side) {
		List<Port> list = ports.get(box + "|" + side);
		return list == null ? 0 : (int) list.stream().filter(p -> p.labelIndex >= 0).count();
	}

	/** Label lines under a box: its own labels, after the line that tells its findings (drawn under the box's corner). */
	private int labelsBelow(Box box) {
		return labels(box.id(), Side.BOTTOM) + findingsLine(box.id());
	}

	private int findingsLine(String id) {
		Box box = model.box(id);
		return box != null && box.errors() + box.warnings() > 0 && labels(id, Side.BOTTOM) > 0 ? 1 : 0;
	}

	// --- placement: rows, gutters, lanes, ports ---

	private double[] gutterTop;
	private double[] columnLeft;
	private double bottomOfGutters;

	private void place(List<Plan> plans) {
		double[] columnWidth = new double[Math.max(columns, 1)];
		for (int r = firstVmRow; r < firstVmRow + vmRows; r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				columnWidth[c] = Math.max(columnWidth[c], DiagramLayout.width(rows.get(r).get(c)));
			}
		}
		columnLeft = new double[vLanes.size()];
		double[] columnX = new double[columnWidth.length];
		double x = PAD;
		for (int c = 0; c < vLanes.size(); c++) {
			columnLeft[c] = x;
			x += Math.max(MIN_COLUMN_GUTTER, vLanes.get(c).size() * LANE + 2 * MARGIN);
			if (c < columns) {
				columnX[c] = x;
				x += columnWidth[c];
			}
		}
		double gridWidth = columns == 0 ? 0 : x - PAD;
		double bandWidth = 0;
		for (int r = 0; r < rows.size(); r++) {
			if (!isVmRow(r)) {
				bandWidth = Math.max(bandWidth, rows.get(r).stream().mapToDouble(DiagramLayout::width).sum() + (rows.get(r).size() - 1) * BAND_GAP);
			}
		}
		double width = Math.max(gridWidth, bandWidth);
		gutterTop = new double[rows.size()];
		double y = PAD;
		for (int r = 0; r < rows.size(); r++) {
			List<Box> row = rows.get(r);
			double rowHeight = 0;
			if (isVmRow(r)) {
				for (int c = 0; c < row.size(); c++) {
					Box box = row.get(c);
					double w = DiagramLayout.width(box);
					rects.put(box.id(), new double[] { columnX[c] + (columnWidth[c] - w) / 2, y, w, DiagramLayout.height(box) });
					rowHeight = Math.max(rowHeight, DiagramLayout.height(box));
				}
			} else {
				double used = row.stream().mapToDouble(DiagramLayout::width).sum() + (row.size() - 1) * BAND_GAP;
				double bx = PAD + (width - used) / 2;
				for (Box box : row) {
					double w = DiagramLayout.width(box);
					rects.put(box.id(), new double[] { bx, y, w, DiagramLayout.height(box) });
					bx += w + BAND_GAP;
					rowHeight = Math.max(rowHeight, DiagramLayout.height(box));
				}
			}
			y += rowHeight;
			gutterTop[r] = y;
			int above = row.stream().mapToInt(this::labelsBelow).max().orElse(0);
			int below = r + 1 < rows.size() ? rows.get(r + 1).stream().mapToInt(b -> labels(b.id(), Side.TOP)).max().orElse(0) : 0;
			double lanes = hLanes.get(r).size();
			double gutter = above * LABEL_STEP + (lanes == 0 ? 0 : 2 * MARGIN + (lanes - 1) * LANE) + below * LABEL_STEP;
			y += Math.max(r + 1 < rows.size() ? MIN_ROW_GUTTER : 0, gutter + (above > 0 || below > 0 ? 4 : 0));
			bottomOfGutters = y;
		}
		// lanes' first coordinates: the gutter below row r starts after its labels
		for (var entry : ports.entrySet()) {
			List<Port> list = entry.getValue();
			for (Port port : list) {
				double[] r = rects.get(port.box);
				port.y = switch (port.side) {
				case TOP -> r[1];
				case BOTTOM -> r[1] + r[3];
				case LEFT, RIGHT -> r[1] + r[3] / 2;
				};
				port.x = switch (port.side) {
				case LEFT -> r[0];
				case RIGHT -> r[0] + r[2];
				default -> r[0] + r[2] / 2;
				};
			}
		}
		for (Plan plan : plans) {
			if (plan.straight) {
				// one height on both sides: the middle of what the two boxes have in common
				double[] a = rects.get(plan.from.box);
				double[] b = rects.get(plan.to.box);
				double mid = (Math.max(a[1], b[1]) + Math.min(a[1] + a[3], b[1] + b[3])) / 2;
				plan.from.y = mid;
				plan.to.y = mid;
			} else {
				plan.from.towards = plan.vGutter >= 0 ? vLaneX(plan.vGutter, plan.vKey) : center(plan.line.to());
				plan.to.towards = plan.vGutter >= 0 ? vLaneX(plan.vGutter, plan.vKey) : center(plan.line.from());
			}
		}
		for (List<Port> list : ports.values()) {
			if (list.get(0).side == Side.LEFT || list.get(0).side == Side.RIGHT) {
				continue;
			}
			list.sort(Comparator.comparingDouble(p -> p.towards));
			double[] r = rects.get(list.get(0).box);
			for (int i = 0; i < list.size(); i++) {
				list.get(i).x = r[0] + r[2] * (i + 1) / (list.size() + 1);
			}
			int labelled = 0;
			for (Port port : list) {
				if (port.labelIndex >= 0) {
					port.labelIndex = labelled++;
				}
			}
		}
	}

	private double center(String box) {
		double[] r = rects.get(box);
		return r[0] + r[2] / 2;
	}

	private double vLaneX(int gutter, String key) {
		return columnLeft[gutter] + MARGIN + vLanes.get(gutter).indexOf(key) * LANE;
	}

	private double hLaneY(int gutter, String key) {
		int above = rows.get(gutter).stream().mapToInt(this::labelsBelow).max().orElse(0);
		return gutterTop[gutter] + above * LABEL_STEP + (above > 0 ? 4 : 0) + MARGIN + hLanes.get(gutter).indexOf(key) * LANE;
	}

	// --- routes ---

	private Route route(Plan plan) {
		List<double[]> points = new ArrayList<>();
		Port from = plan.from;
		Port to = plan.to;
		points.add(new double[] { from.x, from.y });
		if (!plan.straight) {
			double first = hLaneY(plan.hGutters[0], plan.hKeys[0]);
			points.add(new double[] { from.x, first });
			if (plan.vGutter >= 0) {
				double vx = vLaneX(plan.vGutter, plan.vKey);
				double second = hLaneY(plan.hGutters[1], plan.hKeys[1]);
				points.add(new double[] { vx, first });
				points.add(new double[] { vx, second });
				points.add(new double[] { to.x, second });
			} else {
				points.add(new double[] { to.x, first });
			}
		}
		points.add(new double[] { to.x, to.y });
		double[] label = null;
		String text = plan.line.label();
		if (text != null && !text.isEmpty()) {
			double width = text.length() * DiagramLayout.CHAR_WIDTH * 0.9 + 6;
			Port at = plan.labelled;
			double length = 0;
			for (int i = 1; i < points.size(); i++) {
				length += Math.abs(points.get(i)[0] - points.get(i - 1)[0]) + Math.abs(points.get(i)[1] - points.get(i - 1)[1]);
			}
			if (at == null || at.labelIndex < 0) {
				double[] a = points.get(0);
				double[] b = points.get(points.size() - 1);
				label = new double[] { (a[0] + b[0]) / 2 - width / 2, (a[1] + b[1]) / 2 - DiagramLayout.LABEL_HEIGHT - 2, width, 0.5 };
			} else {
				// beside the stub at the labelled end, stacked when a side has several; for the client, how far along the line that is
				int index = at.labelIndex + (at.side == Side.BOTTOM ? findingsLine(at.box) : 0);
				double along = length <= 0 ? 0.5 : Math.min(0.5, (3 + DiagramLayout.LABEL_HEIGHT / 2 + index * LABEL_STEP) / length);
				double fraction = at == plan.from ? along : 1 - along;
				double y = at.side == Side.TOP ? at.y - 3 - DiagramLayout.LABEL_HEIGHT - index * LABEL_STEP : at.y + 3 + index * LABEL_STEP;
				double x = at.x + 4;
				if (overlapsABox(x, y, width) && !overlapsABox(at.x - 4 - width, y, width)) {
					x = at.x - 4 - width; // left of the stub when a neighbouring box stands to its right
				}
				label = new double[] { x, y, width, fraction };
			}
		}
		return new Route(plan.line, simplify(points), label);
	}

	private boolean overlapsABox(double x, double y, double width) {
		for (double[] r : rects.values()) {
			if (x < r[0] + r[2] && r[0] < x + width && y < r[1] + r[3] && r[1] < y + DiagramLayout.LABEL_HEIGHT) {
				return true;
			}
		}
		return x < 0;
	}

	/** Without repeated points and without middle points of straight runs. */
	private static List<double[]> simplify(List<double[]> points) {
		List<double[]> result = new ArrayList<>();
		for (double[] p : points) {
			if (!result.isEmpty() && same(result.get(result.size() - 1), p)) {
				continue;
			}
			if (result.size() >= 2) {
				double[] a = result.get(result.size() - 2);
				double[] b = result.get(result.size() - 1);
				if ((a[0] == b[0] && b[0] == p[0]) || (a[1] == b[1] && b[1] == p[1])) {
					result.set(result.size() - 1, p);
					continue;
				}
			}
			result.add(p);
		}
		return result;
	}

	private static boolean same(double[] a, double[] b) {
		return Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
	}
}
