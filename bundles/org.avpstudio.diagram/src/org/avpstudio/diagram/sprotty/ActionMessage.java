// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

/** One message of the diagram client: its action and the client it comes from (null when it did not say). */
public record ActionMessage(String clientId, ClientAction action) {
}
