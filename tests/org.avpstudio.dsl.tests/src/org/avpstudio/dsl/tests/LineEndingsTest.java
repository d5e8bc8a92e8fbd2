// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.dsl.validation.AvpResourceValidator;
import org.avpstudio.dsl.validation.TextPosition;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.Issue;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every diagnostic is located the same whatever the file's line endings: LF, CRLF, a lone CR (old Mac endings, or
 * a CRLF cut in the middle), a mix of the three, each with and without a final line break. The matrix runs broken
 * models (unclosed block, string and comment at the end, syntax errors in the middle, unresolved names) and every
 * example and rule fixture. Oracles: the same model with LF endings (same lines, columns, ends, severities, codes
 * and messages), and Xtext's stock node model wherever it can locate the position at all.
 */
public class LineEndingsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** Broken models, written with \n; each ends where the user stopped typing. */
	static final Map<String, String> BROKEN = new LinkedHashMap<>();
	static {
		BROKEN.put("unclosed vm at the end", "platform p {\n\tvm a {\n\t\tmemory 64 MiB");
		BROKEN.put("unclosed platform", "platform p {\n\tvm a {\n\t\tmemory 64 MiB\n\t}");
		BROKEN.put("unclosed string at the end", "platform p {\n\tvm a {\n\t\tmemory 64 MiB\n\t\tboot linux-direct {\n\t\t\tkernel \"/boot/Im");
		BROKEN.put("unclosed comment at the end", "platform p {\n\tvm a {\n\t\tmemory 64 MiB\n\t}\n}\n/* a note\nthat goes on");
		BROKEN.put("syntax errors in the middle", "platform p {\n\tvm a {\n\t\tmemory MiB 64\n\t\tvcpu x\n\t}\n\tvm b { memory 32 MiB }\n}");
		BROKEN.put("unresolved names", "platform p {\n\tvm a {\n\t\tmemory 64 MiB\n\t\tvcpu 0 on nosuch\n\t\tpassthrough gpu9\n\t}\n}");
		BROKEN.put("nothing but a keyword", "platform");
	}

	enum Style {
		LF, CRLF, CR, MIXED;

		String join(List<String> lines, boolean finalBreak) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < lines.size(); i++) {
				text.append(lines.get(i));
				if (i + 1 < lines.size() || finalBreak) {
					String separator = separator(i);
					// an empty line between a CR and a LF would make them one CRLF: one line less
					text.append(separator.equals("\n") && text.length() > 0 && text.charAt(text.length() - 1) == '\r' ? "\r\n" : separator);
				}
			}
			return text.toString();
		}

		private String separator(int line) {
			return switch (this) {
			case LF -> "\n";
			case CRLF -> "\r\n";
			case CR -> "\r";
			case MIXED -> List.of("\r\n", "\r", "\n").get(line % 3);
			};
		}
	}

	@Test
	public void brokenModelsAreLocatedAlikeInEveryStyle() throws Exception {
		int stockFailures = 0;
		for (Map.Entry<String, String> model : BROKEN.entrySet()) {
			for (boolean finalBreak : List.of(true, false)) {
				Map<Style, List<String>> located = matrix(model.getKey(), model.getValue(), finalBreak);
				for (List<String> issues : located.values()) {
					assertTrue(model.getKey() + ": reported as an error in every style: " + located,
							issues.stream().anyMatch(i -> i.contains(" ERROR ")));
				}
			}
			stockFailures += stockCannotLocate(model.getValue());
		}
		assertTrue("the matrix holds the positions Xtext's own node model fails on (an error at the end of a text ending in CR)",
				stockFailures > 0);
	}

	@Test
	public void examplesAndFixturesAreLocatedAlikeInEveryStyle() throws Exception {
		int files = 0;
		for (Path file : AvpModels.avpFiles()) {
			if (Files.readString(file).contains("import \"")) {
				continue; // a model split over files: its imports are found beside it, not in the temporary folder
			}
			for (boolean finalBreak : List.of(true, false)) {
				matrix(file.toString(), Files.readString(file), finalBreak);
			}
			files++;
		}
		assertTrue("some models were run: " + files, files > 10);
	}

	/** The model of the report: an unclosed block at the end of a text ending in CR is a syntax error, where LF puts it. */
	@Test
	public void anUnclosedBlockAtTheEndOfACrTextIsASyntaxError() throws Exception {
		for (String unclosed : List.of("platform p {\r\tvm a {\r\t\tmemory 64 MiB\r", "platform p {\r\tvm a {\r")) {
			Issue cr = firstSyntaxError(validate(unclosed));
			Issue lf = firstSyntaxError(validate(unclosed.replace('\r', '\n')));
			assertEquals(lf.getMessage(), cr.getMessage());
			assertEquals(lf.getLineNumber(), cr.getLineNumber());
			assertEquals(lf.getColumn(), cr.getColumn());
		}
	}

	private static Issue firstSyntaxError(List<Issue> issues) {
		assertFalse(issues.toString(), issues.stream().anyMatch(i -> AvpResourceValidator.INTERNAL_ERROR.equals(i.getCode())));
		return issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow(() -> new AssertionError("a syntax error: " + issues));
	}

	@Test
	public void textPositionsFollowEveryLineEnding() {
		String text = "ab\r\ncd\ref\ngh\r";
		assertEquals(new TextPosition(1, 1), TextPosition.of(text, 0));
		assertEquals("the CR of a CRLF ends line 1", new TextPosition(1, 3), TextPosition.of(text, 2));
		assertEquals("so does its LF", new TextPosition(1, 4), TextPosition.of(text, 3));
		assertEquals(new TextPosition(2, 1), TextPosition.of(text, 4));
		assertEquals(new TextPosition(3, 1), TextPosition.of(text, 7));
		assertEquals(new TextPosition(4, 1), TextPosition.of(text, 10));
		assertEquals("the end, after a final CR", new TextPosition(5, 1), TextPosition.of(text, text.length()));
		assertEquals("clamped", new TextPosition(5, 1), TextPosition.of(text, 99));
	}

	/** Validates the model in every style; asserts each gives the LF result and agrees with the stock node model. */
	private Map<Style, List<String>> matrix(String name, String text, boolean finalBreak) throws Exception {
		List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
		while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
			lines = lines.subList(0, lines.size() - 1);
		}
		Map<Style, List<String>> located = new LinkedHashMap<>();
		for (Style style : Style.values()) {
			String styled = style.join(lines, finalBreak);
			List<Issue> issues = validate(styled);
			List<String> summary = new ArrayList<>();
			for (Issue issue : issues) {
				String where = name + " (" + style + (finalBreak ? ", final break" : ", no final break") + "): " + issue;
				assertFalse("no internal error: " + where, AvpResourceValidator.INTERNAL_ERROR.equals(issue.getCode()));
				assertEquals("start and offset agree: " + where, TextPosition.of(styled, issue.getOffset()),
						new TextPosition(issue.getLineNumber(), issue.getColumn()));
				assertEquals("end and offset agree: " + where, TextPosition.of(styled, issue.getOffset() + issue.getLength()),
						new TextPosition(issue.getLineNumberEnd(), issue.getColumnEnd()));
				assertAsStock(styled, issue, where);
				summary.add(issue.getLineNumber() + ":" + issue.getColumn() + "-" + issue.getLineNumberEnd() + ":" + issue.getColumnEnd()
						+ " " + issue.getSeverity() + " " + issue.getCode() + " " + issue.getMessage().replace("\r\n", "\n").replace('\r', '\n'));
			}
			summary.sort(null);
			located.put(style, summary);
		}
		for (Style style : Style.values()) {
			assertEquals(name + ": " + style + " as LF" + (finalBreak ? "" : ", no final break"), located.get(Style.LF), located.get(style));
		}
		return located;
	}

	/** Where Xtext's stock node model locates a position without failing, it agrees with ours. */
	private static void assertAsStock(String text, Issue issue, String where) {
		ICompositeNode stock = stockRoot(text);
		try {
			LineAndColumn start = NodeModelUtils.getLineAndColumn(stock, issue.getOffset());
			assertEquals("start as Xtext's node model: " + where, new TextPosition(start.getLine(), start.getColumn()),
					new TextPosition(issue.getLineNumber(), issue.getColumn()));
		} catch (StringIndexOutOfBoundsException knownXtextFailure) {
			assertTrue("Xtext fails only at the end of a text ending in CR: " + where,
					text.endsWith("\r") && issue.getOffset() == text.length());
		}
	}

	private static int stockCannotLocate(String text) {
		String cr = text.replace("\n", "\r") + "\r";
		try {
			NodeModelUtils.getLineAndColumn(stockRoot(cr), cr.length());
			return 0;
		} catch (StringIndexOutOfBoundsException knownXtextFailure) {
			return 1;
		}
	}

	/** The .avp parser with Xtext's own node model builder (and its line-break table). */
	private static IParser stock;

	private static synchronized ICompositeNode stockRoot(String text) {
		if (stock == null) {
			stock = AvpModels.injectorWith(binder -> binder.bind(NodeModelBuilder.class).toProvider(NodeModelBuilder::new))
					.getInstance(IParser.class);
		}
		return stock.parse(new StringReader(text)).getRootNode();
	}

	private List<Issue> validate(String text) throws Exception {
		Path file = folder.newFile("model" + System.nanoTime() + ".avp").toPath();
		Files.writeString(file, text);
		XtextResource resource = AvpModels.load(file);
		return AvpModels.validate(resource);
	}
}
