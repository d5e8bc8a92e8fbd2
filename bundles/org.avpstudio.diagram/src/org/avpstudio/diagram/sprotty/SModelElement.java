// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.util.List;

/**
 * An element of the Sprotty graph model the client renders (sprotty-protocol's SGraph, SNode, SLabel, SEdge,
 * SIssueMarker), with the fields the client's views read. The type names the view that draws it (see the client's
 * di.config.ts); a field left null is not sent.
 */
public sealed interface SModelElement {

	String type();

	String id();

	/** The root: the platform. */
	record SGraph(String type, String id, List<SModelElement> children) implements SModelElement {
	}

	/** A box; {@code header} is the height of its title part, {@code errors}/{@code warnings} its open findings. */
	record SNode(String type, String id, Point position, Dimension size, double header, boolean hasRows, int errors, int warnings,
			List<String> cssClasses, List<SModelElement> children) implements SModelElement {
	}

	/** A text: a box's title, subtitle, badge or row, or an edge's label (placed along it). */
	record SLabel(String type, String id, String text, Point position, Dimension size, List<String> cssClasses, EdgePlacement edgePlacement)
			implements SModelElement {
	}

	/** A line between two boxes, through ELK's bend points (none: the client routes it). */
	record SEdge(String type, String id, String sourceId, String targetId, List<String> cssClasses, List<Point> routingPoints,
			List<SModelElement> children) implements SModelElement {
	}

	/** Sprotty's issue marker on a box with open findings. */
	record SIssueMarker(String type, String id, Dimension size, List<Issue> issues) implements SModelElement {
	}

	/** One line of an issue marker's tooltip. */
	record Issue(String severity, String message) {
	}

	/** A width and height. */
	record Dimension(double width, double height) {
	}

	/** Where a label sits along its edge. */
	record EdgePlacement(double position, String side, boolean rotate, double offset) {
	}
}
