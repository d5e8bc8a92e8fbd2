// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/**
 * Xtext's completion service with every LSP completion kind: an entry whose kind names one that Xtext does not
 * translate itself (Struct, Event, EnumMember, Operator, ...) keeps it, so each family of .avp elements has its own.
 */
public class AvpContentAssistService extends ContentAssistService {

	@Override
	protected CompletionItemKind translateKind(ContentAssistEntry entry) {
		if (entry.getKind() != null) {
			for (CompletionItemKind kind : CompletionItemKind.values()) {
				if (kind.name().equals(entry.getKind())) {
					return kind;
				}
			}
		}
		return super.translateKind(entry);
	}
}
