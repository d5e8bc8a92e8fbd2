// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.avpstudio.cli.internal.LspCommand;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Drives {@code avp lsp} over JSON-RPC streams as an editor would. */
public class LanguageServerTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private final LinkedBlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
	private LanguageServer server;
	private Thread serverThread;
	private Path model;
	private String uri;

	private InitializeResult capabilities;

	@Rule
	public org.junit.rules.TestName test = new org.junit.rules.TestName();

	@Before
	public void connect() throws Exception {
		// as 'avp lsp --profile avps-2.0-strict' for the test that says so, else the defaults
		ComplianceSettings settings = test.getMethodName().contains("Strict") ? ComplianceSettings.load("avps-2.0-strict", List.of())
				: ComplianceSettings.defaults();
		PipedInputStream serverIn = new PipedInputStream(1 << 20);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 20);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		serverThread = new Thread(() -> {
			try {
				LspCommand.serve(serverIn, serverOut, settings);
			} catch (Exception e) {
				// the client closed the streams
			}
		}, "avp lsp");
		serverThread.setDaemon(true);
		serverThread.start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
		launcher.startListening();
		server = launcher.getRemoteProxy();

		Path dir = tmp.getRoot().toPath();
		Path examples = Path.of(System.getProperty("avp.examples", "../../examples")).toAbsolutePath().normalize();
		Files.copy(examples.resolve("noncompliant/soc.avp"), dir.resolve("soc.avp"));
		model = dir.resolve("cockpit-gaps.avp");
		Files.copy(examples.resolve("noncompliant/cockpit-gaps.avp"), model);
		uri = model.toUri().toString();
	}

	/** Initializes the server as an editor with the test's folder open. */
	private void initializeWithWorkspace() throws Exception {
		Path dir = tmp.getRoot().toPath();
		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
		init.setRootUri(dir.toUri().toString());
		initialize(init);
	}

	private void initialize(InitializeParams init) throws Exception {
		InitializeResult result = server.initialize(init).get(60, TimeUnit.SECONDS);
		capabilities = result;
		assertTrue(result.getCapabilities().getCompletionProvider() != null);
		server.initialized(new InitializedParams());
	}

	/** No 'exit' notification: Xtext's server ends the JVM on exit, and this JVM runs the other tests too. */
	@After
	public void disconnect() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		serverThread.interrupt();
	}

	private PublishDiagnosticsParams diagnosticsOf(String documentUri, String code) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			PublishDiagnosticsParams params = diagnostics.poll(1, TimeUnit.SECONDS);
			if (params != null && params.getUri().equals(documentUri)
					&& params.getDiagnostics().stream().anyMatch(d -> d.getCode() != null && code.equals(d.getCode().getLeft()))) {
				return params;
			}
		}
		throw new AssertionError("no diagnostics with " + code + " for " + documentUri);
	}

	/**
	 * Completion that teaches, as any LSP editor receives it over JSON-RPC: a completion kind per element family, the
	 * metamodel's documentation, and templates as snippets with linked fields.
	 */
	@Test
	public void completionHasElementKindsDocumentationAndSnippetTemplates() throws Exception {
		initializeWithWorkspace();
		String text = Files.readString(model);
		int vmEnd = text.indexOf("\n\t}\n", text.indexOf("\tvm "));
		String typing = text.substring(0, vmEnd) + "\n\t\t" + text.substring(vmEnd);
		int platformEnd = typing.lastIndexOf('}');
		typing = typing.substring(0, platformEnd) + "\t\n" + typing.substring(platformEnd);
		String typingUri = tmp.getRoot().toPath().resolve("typing.avp").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(typingUri, "avp", 1, typing)));
		int deviceLine = (int) typing.substring(0, vmEnd + 1).lines().count();
		List<CompletionItem> inVm = complete(typingUri, new Position(deviceLine, 2));
		CompletionItem rng = inVm.stream().filter(i -> i.getLabel().equals("rng")).findFirst().orElseThrow(() -> new AssertionError(inVm.toString()));
		assertEquals(CompletionItemKind.Interface, rng.getKind());
		assertTrue(rng.getDocumentation().getLeft(), rng.getDocumentation().getLeft().startsWith("*EntropyDevice*: virtio-rng"));
		CompletionItem vsock = inVm.stream().filter(i -> i.getKind() == CompletionItemKind.Snippet && i.getLabel().startsWith("vsock ")).findFirst()
				.orElseThrow(() -> new AssertionError(inVm.stream().map(CompletionItem::getLabel).toList().toString()));
		assertEquals(InsertTextFormat.Snippet, vsock.getInsertTextFormat());
		String snippet = vsock.getTextEdit().getLeft().getNewText();
		assertTrue(snippet, snippet.startsWith("vsock ${1:") && snippet.contains("cid ${2:3}") && snippet.contains("$0"));
		CompletionItem block = inVm.stream().filter(i -> i.getKind() == CompletionItemKind.Snippet && i.getLabel().startsWith("block ")).findFirst().orElseThrow();
		assertTrue("the storage rule's feature: " + block.getTextEdit().getLeft().getNewText(),
				block.getTextEdit().getLeft().getNewText().contains("features VIRTIO_F_VERSION_1, VIRTIO_BLK_F_FLUSH"));

		int platformLine = (int) typing.substring(0, platformEnd).lines().count();
		List<CompletionItem> inPlatform = complete(typingUri, new Position(platformLine, 1));
		assertTrue(inPlatform.stream().map(CompletionItem::getLabel).toList().toString(),
				inPlatform.stream().anyMatch(i -> i.getLabel().equals("vm") && i.getKind() == CompletionItemKind.Class
						&& i.getDocumentation().getLeft().startsWith("*VirtualMachine*: ")));
		assertTrue(inPlatform.stream().anyMatch(i -> i.getKind() == CompletionItemKind.Snippet && i.getLabel().startsWith("vm ")
				&& i.getTextEdit().getLeft().getNewText().contains("boot linux-direct {") && i.getTextEdit().getLeft().getNewText().contains("console ${1}_console")));
		assertTrue(inPlatform.stream().anyMatch(i -> i.getKind() == CompletionItemKind.Snippet && i.getLabel().startsWith("vsock-channel ")));
	}

	private List<CompletionItem> complete(String documentUri, Position at) throws Exception {
		var proposals = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(documentUri), at)).get(30, TimeUnit.SECONDS);
		return proposals.isLeft() ? proposals.getLeft() : proposals.getRight().getItems();
	}

	@Test
	public void diagnosticsCompletionCodeActionsHoverAndFormatting() throws Exception {
		initializeWithWorkspace();
		String text = Files.readString(model);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "avp", 1, text)));
		PublishDiagnosticsParams published = diagnosticsOf(uri, "AVPS-2.0-RNG-1");
		Diagnostic rng = published.getDiagnostics().stream().filter(d -> "AVPS-2.0-RNG-1".equals(d.getCode().getLeft())).findFirst().get();
		assertEquals(DiagnosticSeverity.Error, rng.getSeverity());
		assertEquals("the ivi VM line", 86, rng.getRange().getStart().getLine());

		// completion after 'features ..., ' proposes the block device's feature bits that are not listed yet
		String listed = "features VIRTIO_F_VERSION_1, VIRTIO_BLK_F_BLK_SIZE, VIRTIO_BLK_F_SEG_MAX, VIRTIO_BLK_F_DISCARD";
		String typing = text.replace(listed, listed + ", ");
		String typingUri = tmp.getRoot().toPath().resolve("typing.avp").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(typingUri, "avp", 1, typing)));
		int line = (int) typing.lines().takeWhile(l -> !l.contains(listed)).count();
		CompletionParams completion = new CompletionParams(new TextDocumentIdentifier(typingUri),
				new Position(line, typing.lines().toList().get(line).length()));
		var proposals = server.getTextDocumentService().completion(completion).get(30, TimeUnit.SECONDS);
		List<String> labels = (proposals.isLeft() ? proposals.getLeft() : proposals.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.toString(), labels.contains("VIRTIO_BLK_F_FLUSH"));
		assertTrue(labels.toString(), labels.contains("VIRTIO_F_ACCESS_PLATFORM"));
		assertFalse("already listed", labels.contains("VIRTIO_BLK_F_DISCARD"));
		assertFalse("network bits are not offered for a block device", labels.contains("VIRTIO_NET_F_MAC"));

		// a code action from the rule's quick fix
		CodeActionParams actionParams = new CodeActionParams(new TextDocumentIdentifier(uri), rng.getRange(), new CodeActionContext(List.of(rng)));
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(actionParams).get(30, TimeUnit.SECONDS);
		CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight).findFirst()
				.orElseThrow(() -> new AssertionError("no code action: " + actions));
		assertEquals("Add a virtio-rng entropy device", fix.getTitle());
		String fixed = fix.getEdit().getChanges().get(uri).get(0).getNewText();
		assertTrue(fixed, fixed.contains("\t\trng rng0\n"));
		assertTrue(fixed.startsWith("// A deliberately non-compliant variant"));

		// hover on the VM shows the requirement behind the finding
		Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(86, 5))).get(30, TimeUnit.SECONDS);
		String hoverText = hover.getContents().getRight().getValue();
		assertTrue(hoverText, hoverText.contains("**AVPS-2.0-RNG-1** (MUST, AVPS 2.0 §2.19.1, provenance: reconstructed — §2.19.1, read in P2)"));
		// hover on a keyword explains it from the metamodel documentation
		List<String> lines = Files.readAllLines(model);
		int memoryLine = 0;
		while (!lines.get(memoryLine).strip().startsWith("memory ")) {
			memoryLine++;
		}
		Hover keyword = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
				new Position(memoryLine, lines.get(memoryLine).indexOf("memory") + 2))).get(30, TimeUnit.SECONDS);
		assertTrue(keyword.getContents().getRight().getValue(), keyword.getContents().getRight().getValue().startsWith("`memory`: "));

		// semantic tokens: a VM declaration is a class, its devices variables, enumeration values enum members
		SemanticTokens tokens = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))
				.get(30, TimeUnit.SECONDS);
		assertTrue("semantic tokens", tokens.getData().size() > 100 && tokens.getData().size() % 5 == 0);
		java.util.Set<Integer> types = new java.util.HashSet<>();
		for (int i = 3; i < tokens.getData().size(); i += 5) {
			types.add(tokens.getData().get(i));
		}
		List<String> legend = capabilities.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		for (String expected : List.of("class", "variable", "type", "enumMember")) {
			assertTrue(expected + " tokens among " + types, types.contains(legend.indexOf(expected)));
		}

		// document symbols: the outline lists the VMs
		var symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
		assertTrue(symbols.toString(), symbols.toString().contains("ivi"));

		// formatting a messy document
		String messy = "platform p {  avps \"2.0\" vm a { memory 512 MiB rng r0 } }\n";
		String messyUri = tmp.getRoot().toPath().resolve("messy.avp").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(messyUri, "avp", 1, messy)));
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(4, false))).get(30, TimeUnit.SECONDS);
		assertFalse("formatting edits", edits.isEmpty());
	}

	/** A document with CR line endings cut in an unclosed block: its syntax error is published, where LF puts it. */
	@Test
	public void theStrictProfileGivenToTheServerMakesRecommendationsErrors() throws Exception {
		initializeWithWorkspace();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "avp", 1, Files.readString(model))));
		Diagnostic watchdog = diagnosticsOf(uri, "AVPS-2.0-WDT-1").getDiagnostics().stream()
				.filter(d -> d.getCode() != null && "AVPS-2.0-WDT-1".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertEquals("a recommendation is an error under avps-2.0-strict", DiagnosticSeverity.Error, watchdog.getSeverity());
		Avp.Result refused = Avp.run("lsp", "--profile", "nonsense");
		assertEquals(2, refused.exit());
		assertTrue(refused.err(), refused.err().contains("nonsense: no such profile"));
	}

	@Test
	public void syntaxErrorsAtTheEndOfACrDocumentArePublished() throws Exception {
		initializeWithWorkspace();
		String lf = "platform p {\n\tvm a {\n\t\tmemory 64 MiB\n";
		Range expected = null;
		for (String text : List.of(lf, lf.replace('\n', '\r'), lf.replace("\n", "\r\n"))) {
			String documentUri = tmp.getRoot().toPath().resolve("cut" + text.hashCode() + ".avp").toUri().toString();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(documentUri, "avp", 1, text)));
			Diagnostic syntax = diagnosticsOf(documentUri, "org.eclipse.xtext.diagnostics.Diagnostic.Syntax").getDiagnostics().get(0);
			assertEquals(DiagnosticSeverity.Error, syntax.getSeverity());
			if (expected == null) {
				expected = syntax.getRange();
			}
			assertEquals("as with LF endings", expected, syntax.getRange());
		}
	}

	/** An editor that opens a single file sends no root and no folders (LSP allows it); one without folder support. */
	@Test
	public void aSingleFileWithoutRootIsServedWithItsImports() throws Exception {
		initialize(new InitializeParams());
		singleFileIsServedWithItsImports();
	}

	/** The same from an editor that supports workspace folders and has none open. */
	@Test
	public void aSingleFileWithoutWorkspaceFoldersIsServedWithItsImports() throws Exception {
		InitializeParams init = new InitializeParams();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		init.setCapabilities(new ClientCapabilities(workspace, new TextDocumentClientCapabilities(), null));
		initialize(init);
		singleFileIsServedWithItsImports();
	}

	/**
	 * cockpit-gaps.avp pins its VMs' vCPUs to cores declared only in soc.avp, which it imports and the editor never
	 * opens: the server reads it from disk beside the file. The compliance findings (published only for a fully
	 * resolved platform) come with no link or import error; where soc.avp is missing, both appear.
	 */
	private void singleFileIsServedWithItsImports() throws Exception {
		String messy = Files.readString(model).replace("platform cockpit_gaps {", "platform   cockpit_gaps   {");
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "avp", 1, messy)));
		List<Diagnostic> published = diagnosticsOf(uri, "AVPS-2.0-RNG-1").getDiagnostics();
		assertEquals("no link or import error: the cores come from soc.avp beside the file", List.of(),
				published.stream().filter(d -> d.getCode() != null && UNRESOLVED.contains(d.getCode().getLeft())).toList());
		Diagnostic rng = published.stream().filter(d -> "AVPS-2.0-RNG-1".equals(d.getCode().getLeft())).findFirst().get();
		assertEquals("the ivi VM line", 86, rng.getRange().getStart().getLine());

		Path elsewhere = Files.createDirectory(tmp.getRoot().toPath().resolve("elsewhere"));
		String orphanUri = elsewhere.resolve("cockpit-gaps.avp").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(orphanUri, "avp", 1, messy)));
		List<Diagnostic> orphan = diagnosticsOf(orphanUri, AvpValidator.IMPORT_FAILED).getDiagnostics();
		assertTrue("without soc.avp beside it the cores are unresolved: " + orphan,
				orphan.stream().anyMatch(d -> d.getCode() != null && "org.eclipse.xtext.diagnostics.Diagnostic.Linking".equals(d.getCode().getLeft())));

		// completion after 'vcpu 0 on ' proposes the cores of the imported hardware
		String typing = Files.readString(model).replaceFirst("vcpu 0 on a55_0", "vcpu 0 on ");
		String typingUri = tmp.getRoot().toPath().resolve("typing.avp").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(typingUri, "avp", 1, typing)));
		List<String> lines = typing.lines().toList();
		int line = lines.indexOf("\t\tvcpu 0 on ");
		var proposals = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(typingUri),
				new Position(line, lines.get(line).length()))).get(30, TimeUnit.SECONDS);
		List<String> labels = (proposals.isLeft() ? proposals.getLeft() : proposals.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.toString(), labels.containsAll(List.of("a55_0", "a76_3")));

		// hover on the VM shows the requirement behind its finding
		Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(86, 5))).get(30, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue(), hover.getContents().getRight().getValue().contains("**AVPS-2.0-RNG-1**"));

		// formatting takes the extra blanks out of the platform line
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false))).get(30, TimeUnit.SECONDS);
		assertTrue(edits.toString(), edits.stream().anyMatch(e -> e.getRange().getStart().getLine() == 4 && e.getNewText().equals(" ")));
	}

	/** Codes of the errors a reference that cannot be resolved leaves. */
	private static final List<String> UNRESOLVED = List.of("org.eclipse.xtext.diagnostics.Diagnostic.Linking", AvpValidator.IMPORT_FAILED);

	private class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}
}
