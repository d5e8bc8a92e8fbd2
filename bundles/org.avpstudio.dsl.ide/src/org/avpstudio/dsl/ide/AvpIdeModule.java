// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide;

import org.avpstudio.dsl.ide.codeactions.AvpCodeActions;
import org.avpstudio.dsl.ide.contentassist.AvpContentAssistService;
import org.avpstudio.dsl.ide.contentassist.AvpContentProposals;
import org.avpstudio.dsl.ide.highlighting.AvpSemanticHighlighting;
import org.avpstudio.dsl.ide.hover.AvpHover;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

/** Guice bindings of the .avp IDE services (content assist, hover, code actions) shared by every editor host. */
public class AvpIdeModule extends AbstractAvpIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return AvpContentProposals.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return AvpContentAssistService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return AvpHover.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return AvpCodeActions.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return AvpSemanticHighlighting.class;
	}
}
