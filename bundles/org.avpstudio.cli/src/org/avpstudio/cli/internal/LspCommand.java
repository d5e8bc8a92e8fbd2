package org.avpstudio.cli.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;


import picocli.CommandLine.Command;

/** {@code avp lsp}: the .avp language server (Xtext) over standard input and output, for any LSP editor. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Run the .avp language server over stdin/stdout (Language Server Protocol): diagnostics with AVPS requirement ids, completion, hover, code actions, formatting, outline.")
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		return serve(System.in, System.out);
	}

	/**
	 * Serves one client until it exits; the .avp language is registered explicitly (no class-path scanning). A file
	 * opened with no root and no workspace folder is served too ({@link RootlessWorkspaceManager}).
	 */
	public static int serve(InputStream in, OutputStream out) throws Exception {
		LanguageServerImpl server = AvpLanguage.languageServer(binder -> binder.bind(WorkspaceManager.class).to(RootlessWorkspaceManager.class))
				.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
		return 0;
	}
}
