// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * Xtext's workspace manager, also for an editor that sends neither a root nor workspace folders (a single file
 * opened, normal in LSP): that is a workspace of no folders, as Xtext makes for a client that supports folders and
 * has none open, instead of a folder made of the null root (a NullPointerException). Its files are Xtext's files
 * outside every project: built when opened, their imports resolved beside them and read from disk.
 */
public class RootlessWorkspaceManager extends WorkspaceManager {

	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor, CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}
}
