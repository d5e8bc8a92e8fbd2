// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.internal.ShellWords;
import org.avpstudio.importer.internal.ShellWords.Word;
import org.junit.Test;

/** Command lines split into words as sh does, each word with its line and column. */
public class ShellWordsTest {

	private static final Path FILE = Path.of("run.sh");

	private static List<String> texts(List<Word> command) {
		return command.stream().map(Word::text).toList();
	}

	@Test
	public void quotesEscapesAndContinuationsAreRemovedAsTheShellDoes() throws Exception {
		List<List<Word>> commands = ShellWords.commands(FILE,
				"qemu-system-aarch64 \\\n  -append 'console=ttyAMA0 root=/dev/vda' \\\n  -name \"gw \\\"1\\\"\" a\\ b\n");
		assertEquals(1, commands.size());
		assertEquals(List.of("qemu-system-aarch64", "-append", "console=ttyAMA0 root=/dev/vda", "-name", "gw \"1\"", "a b"), texts(commands.get(0)));
		Word append = commands.get(0).get(2);
		assertEquals(2, append.at().line());
		assertEquals(11, append.at().column());
	}

	@Test
	public void commandsEndAtLineBreaksSemicolonsAndPipesAndCommentsAreSkipped() throws Exception {
		List<List<Word>> commands = ShellWords.commands(FILE, "#!/bin/sh\nset -e # strict\nA=1; echo $A && run x | tee log\r\n\ncrosvm run vm.img\n");
		assertEquals(List.of(List.of("set", "-e"), List.of("A=1"), List.of("echo", "$A"), List.of("run", "x"), List.of("tee", "log"),
				List.of("crosvm", "run", "vm.img")), commands.stream().map(ShellWordsTest::texts).toList());
		assertTrue(commands.get(2).get(1).expands());
		assertFalse(commands.get(2).get(0).expands());
		assertEquals(5, commands.get(5).get(0).at().line());
	}

	@Test
	public void redirectionsAreNotWordsOfTheCommand() throws Exception {
		List<List<Word>> commands = ShellWords.commands(FILE, "qemu -m 512 > /tmp/log 2>&1 </dev/null -S\n");
		assertEquals(List.of("qemu", "-m", "512", "-S"), texts(commands.get(0)));
	}

	@Test
	public void singleQuotesKeepEverythingAndDollarInThemDoesNotExpand() throws Exception {
		List<Word> words = ShellWords.commands(FILE, "x '$HOME \\n' \"$HOME\"").get(0);
		assertEquals("$HOME \\n", words.get(1).text());
		assertFalse(words.get(1).expands());
		assertTrue(words.get(2).expands());
	}

	@Test
	public void anUnclosedQuoteIsAnErrorAtTheQuote() {
		try {
			ShellWords.commands(FILE, "qemu \\\n  -name 'gw\n");
			fail();
		} catch (ImportException e) {
			assertEquals("run.sh:2:9: unclosed single quote; close it with ' on the same command", e.getMessage());
		}
		try {
			ShellWords.commands(FILE, "a \"b");
			fail();
		} catch (ImportException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith("run.sh:1:3: unclosed double quote"));
		}
	}
}
