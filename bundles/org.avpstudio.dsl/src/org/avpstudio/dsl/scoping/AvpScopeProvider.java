// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.scoping;

/**
 * Scoping of the .avp language. Cross-references use the names given by
 * {@link org.avpstudio.dsl.naming.AvpQualifiedNameProvider}: platform-wide simple names for VMs, cores, host
 * devices, networks and shared-memory regions; other files come in through {@code import}.
 */
public class AvpScopeProvider extends AbstractAvpScopeProvider {
}
