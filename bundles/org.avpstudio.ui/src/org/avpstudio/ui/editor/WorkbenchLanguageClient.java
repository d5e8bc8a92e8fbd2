// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The workbench side of the in-process language server: diagnostics go to the editors, messages to the error log. */
final class WorkbenchLanguageClient implements LanguageClient {

	private final Consumer<PublishDiagnosticsParams> diagnostics;

	WorkbenchLanguageClient(Consumer<PublishDiagnosticsParams> diagnostics) {
		this.diagnostics = diagnostics;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.accept(params);
	}

	@Override
	public void telemetryEvent(Object object) {
		// nothing is collected
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		logMessage(request);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error || message.getType() == MessageType.Warning) {
			int severity = message.getType() == MessageType.Error ? Status.ERROR : Status.WARNING;
			ILog.of(WorkbenchLanguageClient.class).log(new Status(severity, "org.avpstudio.ui", ".avp language server: " + message.getMessage()));
		}
	}
}
