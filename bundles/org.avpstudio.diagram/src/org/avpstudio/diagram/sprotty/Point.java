// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

/** A position in the diagram (Sprotty's Point). */
public record Point(double x, double y) {
}
