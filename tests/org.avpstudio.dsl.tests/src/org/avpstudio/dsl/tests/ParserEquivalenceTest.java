// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.antlr.runtime.ANTLRStringStream;
import org.avpstudio.dsl.parser.AvpLexer;
import org.avpstudio.dsl.parser.PresizedAvpParser;
import org.avpstudio.dsl.parser.antlr.AvpParser;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpLexer;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.util.LineAndColumn;
import org.junit.Test;

import com.google.inject.Injector;
import com.google.inject.name.Names;

/**
 * The .avp parser (scanner, token window, plain token list, presized buffers) builds the node model and reports the syntax errors
 * of the generated parser with Xtext's token stream and the generated lexer, on the examples, the fixtures and
 * mutated copies of them.
 */
public class ParserEquivalenceTest {

	@Test
	public void sameNodesAndErrorsAsTheGeneratedParser() throws Exception {
		IParser ours = ours();
		IParser theirs = theirs();
		Random random = new Random(11);
		int withErrors = 0;
		int scannedWithErrors = 0;
		for (Path file : AvpModels.avpFiles()) {
			String text = Files.readString(file);
			for (int round = 0; round < 12; round++) {
				String input = round == 0 ? text : LexerEquivalenceTest.mutate(text, random);
				List<String> expected = nodes(theirs.parse(new StringReader(input)));
				assertEquals(file + " round " + round, expected, nodes(ours.parse(new StringReader(input))));
				if (expected.stream().anyMatch(n -> n.contains("ERROR"))) {
					withErrors++;
					scannedWithErrors += new AvpLexer(new ANTLRStringStream(input)).scanned() ? 1 : 0;
				}
			}
		}
		assertTrue("some inputs have syntax errors: " + withErrors, withErrors > 100);
		assertTrue("some inputs with syntax errors are split by the scanner (parsed from its token window): " + scannedWithErrors,
				scannedWithErrors > 30);
	}

	/**
	 * A file of some 60k tokens (far more than the token window keeps, so tokens are made again when asked for long
	 * after), well-formed and with syntax errors near the start, the middle and the end.
	 */
	@Test
	public void largeFilesAsTheGeneratedParser() {
		StringBuilder text = new StringBuilder("platform large {\n");
		for (int i = 0; i < 6000; i++) {
			text.append("\tnetwork n").append(i).append(" {\n\t\tbridge \"br").append(i).append("\" // bridge\n\t}\n");
		}
		String wellFormed = text.append("}\n").toString();
		int length = wellFormed.length();
		for (String input : List.of(wellFormed, broken(wellFormed, 40), broken(wellFormed, length / 2), broken(wellFormed, length - 30))) {
			List<String> expected = nodes(theirs().parse(new StringReader(input)));
			assertTrue("scanned: the token window is used", new AvpLexer(new ANTLRStringStream(input)).scanned());
			assertEquals(expected, nodes(ours().parse(new StringReader(input))));
			assertEquals(input != wellFormed, expected.stream().anyMatch(n -> n.contains("ERROR")));
		}
	}

	/** The text with a misplaced closing brace inserted before the line that contains {@code offset}. */
	private static String broken(String text, int offset) {
		int line = text.lastIndexOf('\n', offset) + 1;
		return text.substring(0, line) + "\t} bridge\n" + text.substring(line);
	}

	/**
	 * The root's text is the input and its lines are counted as by the generated parser ({@code \r\n}, {@code \n}
	 * and a lone {@code \r} each end a line), also where the text has lexer errors (Xtext's lexer turns the
	 * characters in error into a token, so the tokens still cover the text).
	 */
	@Test
	public void rootTextAndLinesAsTheGeneratedParserHasThem() {
		for (String input : List.of("", " ", "\r", "\n\r", "platform p {}", "platform p { avps \"1.0 }", "platform \" p {}\n",
				"platform p { /* open", "\"", "platform p {}\r// c\rq", "platform p { \u0000 ' }",
				"platform p {\r\n\r\r\n\n  avps \"1.0\"\r}\r\n")) {
			INode theirs = theirs().parse(new StringReader(input)).getRootNode();
			INode ours = ours().parse(new StringReader(input)).getRootNode();
			assertEquals(input, theirs.getText());
			assertEquals(input, ours.getText());
			for (int offset = 0; offset < input.length(); offset++) {
				LineAndColumn expected = NodeModelUtils.getLineAndColumn(theirs, offset);
				LineAndColumn actual = NodeModelUtils.getLineAndColumn(ours, offset);
				assertEquals(input + " at " + offset, expected.getLine() + ":" + expected.getColumn(), actual.getLine() + ":" + actual.getColumn());
			}
		}
	}

	private static IParser ours() {
		IParser ours = AvpModels.INJECTOR.getInstance(IParser.class);
		assertTrue(ours instanceof PresizedAvpParser);
		return ours;
	}

	private static IParser theirs() {
		Injector generated = AvpModels.injectorWith(binder -> {
			binder.bind(IParser.class).to(AvpParser.class);
			binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(InternalAvpLexer.class);
		});
		IParser theirs = generated.getInstance(IParser.class);
		assertEquals(AvpParser.class, theirs.getClass());
		return theirs;
	}

	/** The root's text, then every node: kind, offsets, lines, grammar element, syntax error. */
	private static List<String> nodes(IParseResult result) {
		List<String> nodes = new ArrayList<>();
		nodes.add(result.getRootNode().getText());
		for (INode node : result.getRootNode().getAsTreeIterable()) {
			SyntaxErrorMessage error = node.getSyntaxErrorMessage();
			String kind = node.getParent() == null ? "Root" : node.getClass().getSimpleName(); // the root's class is ours
			nodes.add(kind + " " + node.getTotalOffset() + "+" + node.getTotalLength() + " lines "
					+ node.getTotalStartLine() + "-" + node.getTotalEndLine() + " "
					+ (node.getGrammarElement() == null ? "-" : EcoreUtil.getURI(node.getGrammarElement()).fragment()) + (error == null ? "" : " ERROR " + error.getMessage()));
		}
		return nodes;
	}
}
