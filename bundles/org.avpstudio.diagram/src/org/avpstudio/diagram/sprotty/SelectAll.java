// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

/** {@code allSelected}: everything selected, or ({@code select} false) nothing. */
public record SelectAll(boolean select) implements ClientAction, ServerAction {
}
