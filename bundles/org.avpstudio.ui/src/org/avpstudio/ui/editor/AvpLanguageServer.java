// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * The .avp language's IDE services (Xtext's language server) running inside the workbench, called directly
 * (no JSON-RPC, no second process). One instance serves every open .avp editor; its workspace folders are the
 * open projects, so references across files resolve. Parsing and validation run on the server's own threads;
 * a newer edit cancels the validation of an older one.
 */
public final class AvpLanguageServer {

	private static volatile AvpLanguageServer instance;

	private final WorkbenchLanguageServer server;
	private final Map<Path, List<Consumer<PublishDiagnosticsParams>>> diagnosticsListeners = new ConcurrentHashMap<>();
	private final Map<Path, PublishDiagnosticsParams> latestDiagnostics = new ConcurrentHashMap<>();
	private final List<String> folders = new CopyOnWriteArrayList<>();
	private final List<String> keywords;

	private AvpLanguageServer() {
		keywords = GrammarUtil.getAllKeywords(AvpLanguage.injector().getInstance(IGrammarAccess.class).getGrammar()).stream()
				.filter(word -> Character.isLetter(word.charAt(0)) && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')).sorted().toList();
		Injector injector = AvpLanguage.languageServer(new ProjectSettingsSource());
		server = injector.getInstance(WorkbenchLanguageServer.class);
		server.connect(new WorkbenchLanguageClient(this::publish));
		InitializeParams params = new InitializeParams();
		ClientCapabilities client = new ClientCapabilities();
		org.eclipse.lsp4j.WorkspaceClientCapabilities workspace = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		client.setWorkspace(workspace);
		params.setCapabilities(client);
		List<WorkspaceFolder> initial = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			folderOf(project).ifPresent(folder -> {
				initial.add(folder);
				folders.add(folder.getUri());
			});
		}
		// no project open yet: a workspace of no folders (dsl.ide's RootlessWorkspaceManager), folders follow as projects open
		params.setWorkspaceFolders(initial);
		params.setRootUri(initial.isEmpty() ? null : initial.get(0).getUri());
		server.initialize(params).join();
		server.initialized(new InitializedParams());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this::workspaceChanged, IResourceChangeEvent.POST_CHANGE);
	}

	/** The workbench's language server, started on first use. */
	public static AvpLanguageServer get() {
		AvpLanguageServer current = instance;
		if (current == null) {
			synchronized (AvpLanguageServer.class) {
				current = instance;
				if (current == null) {
					current = new AvpLanguageServer();
					instance = current;
				}
			}
		}
		return current;
	}

	public LanguageServerImpl server() {
		return server;
	}

	/** The words of the .avp language (for syntax colouring and keyword completion). */
	public List<String> keywords() {
		return keywords;
	}

	/** Calls {@code listener} (on a server thread) with every diagnostics update of {@code file}, starting with the latest. */
	public Runnable onDiagnostics(Path file, Consumer<PublishDiagnosticsParams> listener) {
		List<Consumer<PublishDiagnosticsParams>> listeners = diagnosticsListeners.computeIfAbsent(file, f -> new CopyOnWriteArrayList<>());
		listeners.add(listener);
		PublishDiagnosticsParams latest = latestDiagnostics.get(file);
		if (latest != null) {
			listener.accept(latest);
		}
		return () -> listeners.remove(listener);
	}

	private void publish(PublishDiagnosticsParams params) {
		Path file = Lsp.path(params.getUri());
		latestDiagnostics.put(file, params);
		for (Consumer<PublishDiagnosticsParams> listener : diagnosticsListeners.getOrDefault(file, List.of())) {
			listener.accept(params);
		}
	}

	/**
	 * Reads the live model of a file (an open editor's unsaved text included) on the server's thread; {@code reader}
	 * must copy out what it needs, the resource is only valid during the call.
	 */
	public <T> CompletableFuture<T> read(String uri, Function<XtextResource, T> reader) {
		return read(uri, (resource, cancel) -> reader.apply(resource));
	}

	/** As {@link #read(String, Function)}, for work that stops early when a newer edit makes it pointless. */
	public <T> CompletableFuture<T> read(String uri, java.util.function.BiFunction<XtextResource, org.eclipse.xtext.util.CancelIndicator, T> reader) {
		return server.access().doRead(uri, context -> context.getResource() instanceof XtextResource resource
				? reader.apply(resource, context.getCancelChecker() == null ? org.eclipse.xtext.util.CancelIndicator.NullImpl : context.getCancelChecker())
				: null);
	}

	/** A rule's quick fix for a document: its title and the edits to that document. */
	public record QuickFix(String title, List<org.eclipse.lsp4j.TextEdit> edits) {
	}

	/** The quick fixes the language offers for {@code diagnostics} of a file (open or not), edits of other files left out. */
	public List<QuickFix> quickFixes(org.eclipse.lsp4j.TextDocumentIdentifier document, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
		List<QuickFix> fixes = new ArrayList<>();
		if (diagnostics.isEmpty()) {
			return fixes;
		}
		var params = new org.eclipse.lsp4j.CodeActionParams(document, diagnostics.get(0).getRange(), new org.eclipse.lsp4j.CodeActionContext(diagnostics));
		var actions = answer(server.codeAction(params));
		for (var action : actions == null ? List.<org.eclipse.lsp4j.jsonrpc.messages.Either<org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>>of() : actions) {
			if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
				List<org.eclipse.lsp4j.TextEdit> edits = action.getRight().getEdit().getChanges().get(document.getUri());
				if (edits != null) {
					fixes.add(new QuickFix(action.getRight().getTitle(), edits));
				}
			}
		}
		return fixes;
	}

	/** Waits until every edit sent so far has been parsed, linked and validated. */
	public void awaitIdle() {
		server.getRequestManager().runRead(cancel -> null).join();
	}

	/** Files changed on disk (saved, generated, replaced by a quick fix) and projects opened or closed reach the server. */
	private void workspaceChanged(IResourceChangeEvent event) {
		List<FileEvent> files = new ArrayList<>();
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IProject project) {
					boolean openedOrAdded = delta.getKind() == IResourceDelta.ADDED || (delta.getFlags() & IResourceDelta.OPEN) != 0;
					if (openedOrAdded && project.isOpen()) {
						folderOf(project).filter(f -> !folders.contains(f.getUri())).ifPresent(f -> {
							added.add(f);
							folders.add(f.getUri());
						});
					} else if (!project.isOpen() || delta.getKind() == IResourceDelta.REMOVED) {
						// a closed or deleted project has no location any more: find its folder by name
						folders.stream().filter(uri -> uri.endsWith("/" + project.getName()) || uri.endsWith("/" + project.getName() + "/"))
								.findFirst().ifPresent(uri -> {
									removed.add(new WorkspaceFolder(uri, project.getName()));
									folders.remove(uri);
								});
					}
					return project.isOpen();
				}
				if ("avp".equals(delta.getResource().getFileExtension()) && delta.getResource().getLocationURI() != null) {
					FileChangeType type = switch (delta.getKind()) {
					case IResourceDelta.ADDED -> FileChangeType.Created;
					case IResourceDelta.REMOVED -> FileChangeType.Deleted;
					default -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 ? FileChangeType.Changed : null;
					};
					if (type != null) {
						files.add(new FileEvent(Lsp.uri(delta.getResource().getLocationURI()), type));
					}
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		if (!added.isEmpty() || !removed.isEmpty()) {
			server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed)));
		}
		if (!files.isEmpty()) {
			server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(files));
		}
	}

	private static java.util.Optional<WorkspaceFolder> folderOf(IProject project) {
		URI location = project.isOpen() ? project.getLocationURI() : null;
		return location == null ? java.util.Optional.empty() : java.util.Optional.of(new WorkspaceFolder(Lsp.uri(location), project.getName()));
	}

	/** Runs a request and gives its result, or null if the server could not answer (for example it was cancelled). */
	public static <T> T answer(CompletableFuture<T> request) {
		try {
			return request.get(20, java.util.concurrent.TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | java.util.concurrent.CancellationException e) {
			return null;
		}
	}
}
