// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.dsl.ide.AvpLanguage;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code avp lsp}: the .avp language server (Xtext) over standard input and output, for any LSP editor. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Run the .avp language server over stdin/stdout (Language Server Protocol): diagnostics with AVPS requirement ids, completion, hover, code actions, formatting, outline.")
public class LspCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	ComplianceOptions compliance;

	@Override
	public Integer call() throws Exception {
		ComplianceSettings settings;
		try {
			settings = compliance.settings();
		} catch (CatalogException | ProfileException e) {
			spec.commandLine().getErr().println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
		return serve(System.in, System.out, settings);
	}

	/** Serves one client with the built-in catalog and the default profile. */
	public static int serve(InputStream in, OutputStream out) throws Exception {
		return serve(in, out, ComplianceSettings.defaults());
	}

	/**
	 * Serves one client until it exits, checking models with {@code settings}; the .avp language is registered
	 * explicitly (no class-path scanning). A file opened with no root and no workspace folder is served too
	 * ({@code RootlessWorkspaceManager}).
	 */
	public static int serve(InputStream in, OutputStream out, ComplianceSettings settings) throws Exception {
		LanguageServerImpl server = AvpLanguage.languageServer(folder -> settings).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
		return 0;
	}
}
