// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.avpstudio.dsl.parser.AvpLexer;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpLexer;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpParser;
import org.junit.Test;

/**
 * The .avp lexer ({@link AvpLexer}: a direct scanner for well-formed text, the generated ANTLR lexer otherwise)
 * makes exactly the tokens of the generated lexer: on every example and rule fixture, and on thousands of mutated and
 * random texts, which reach both the scanner and the hand-over to the generated lexer.
 */
public class LexerEquivalenceTest {

	/** Mutations per file and random texts per 75 (more with {@code -Davp.lexer.rounds=N}). */
	private static final int ROUNDS = Integer.getInteger("avp.lexer.rounds", 40);

	/** Characters that start or end tokens, or that no rule accepts. */
	private static final String NASTY = "-^\"'/*\\\r\n\t {},.0123456789_aZ9:=\u00e9";

	@Test
	public void examplesAndFixturesAreScannedAsTheGrammarLexes() throws IOException {
		List<Path> files = AvpModels.avpFiles();
		assertTrue("examples and fixtures found: " + files.size(), files.size() > 50);
		for (Path file : files) {
			String text = Files.readString(file);
			AvpLexer lexer = assertSameTokens(file.toString(), text);
			assertTrue("well-formed " + file + " is read by the scanner", lexer.scanned());
		}
	}

	@Test
	public void mutatedTextGivesTheSameTokensOnBothPaths() throws IOException {
		Random random = new Random(20261201);
		int scanned = 0;
		int handedOver = 0;
		for (Path file : AvpModels.avpFiles()) {
			String text = Files.readString(file);
			for (int round = 0; round < ROUNDS; round++) {
				String mutated = mutate(text, random);
				if (assertSameTokens(file + " mutated: " + mutated, mutated).scanned()) {
					scanned++;
				} else {
					handedOver++;
				}
			}
		}
		assertTrue("some mutations are still scanned: " + scanned, scanned > 100);
		assertTrue("some mutations are handed to the generated lexer: " + handedOver, handedOver > 100);
	}

	@Test
	public void randomTokenSoupGivesTheSameTokens() {
		Random random = new Random(7);
		List<String> words = new ArrayList<>();
		for (String name : InternalAvpParser.tokenNames) {
			if (name.length() > 2 && name.startsWith("'")) {
				words.add(name.substring(1, name.length() - 1));
			}
		}
		words.addAll(List.of("vm0", "_x", "^platform", "x86_6", "host", "virtio", "vt", "2", "42", "007", "\"a\\\"b\"",
				"'it''s'", "\"multi\nline\"", "// note\r\n", "// mac\r", "// old\rnext", "// end", "/* a\n * b */", " ", "\t", "\r\n", "\n"));
		int scanned = 0;
		for (int round = 0; round < ROUNDS * 75; round++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(30);
			for (int i = 0; i < length; i++) {
				text.append(words.get(random.nextInt(words.size())));
				int separator = random.nextInt(6);
				text.append(separator == 0 ? "" : separator == 1 ? "\n" : separator == 2 ? String.valueOf(NASTY.charAt(random.nextInt(NASTY.length()))) : " ");
			}
			if (assertSameTokens(text.toString(), text.toString()).scanned()) {
				scanned++;
			}
		}
		assertTrue("random texts scanned: " + scanned, scanned > 500);
	}

	@Test
	public void emptyTextAndLoneCharactersGiveTheSameTokens() {
		assertTrue(assertSameTokens("empty", "").scanned());
		for (char c = 0; c < 256; c++) {
			assertSameTokens("char " + (int) c, String.valueOf(c));
			assertSameTokens("char " + (int) c + " after a word", "vm" + c + "x");
		}
	}

	static String mutate(String text, Random random) {
		StringBuilder result = new StringBuilder(text);
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && result.length() > 0; e++) {
			int at = random.nextInt(result.length());
			switch (random.nextInt(3)) {
			case 0 -> result.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
			case 1 -> result.deleteCharAt(at);
			default -> result.replace(at, Math.min(result.length(), at + 1 + random.nextInt(4)), "");
			}
		}
		return result.toString();
	}

	/** Compares the two lexers token by token and answers the .avp lexer, to ask which path it took. */
	private static AvpLexer assertSameTokens(String what, String text) {
		AvpLexer lexer = new AvpLexer(new ANTLRStringStream(text));
		List<String> expected = tokens(new InternalAvpLexer(new ANTLRStringStream(text)));
		List<String> actual = tokens(lexer);
		assertEquals(what, expected, actual);
		return lexer;
	}

	private static List<String> tokens(TokenSource source) {
		List<String> tokens = new ArrayList<>();
		for (Token token = source.nextToken(); token.getType() != Token.EOF; token = source.nextToken()) {
			org.antlr.runtime.CommonToken common = (org.antlr.runtime.CommonToken) token;
			tokens.add(token.getType() + "@" + common.getStartIndex() + ".." + common.getStopIndex() + " " + token.getLine()
					+ ":" + token.getCharPositionInLine() + " ch" + token.getChannel() + " " + token.getText());
		}
		return tokens;
	}
}
