// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.avpstudio.dsl.validation.AvpValidator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * An import that cannot be honoured is an error at its line, with the reason; a platform whose references do not
 * all resolve gets the link errors and no compliance finding that follows an unresolved reference.
 */
public class ImportsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private List<Issue> validate(String name, String text) throws Exception {
		Path file = folder.getRoot().toPath().resolve(name);
		Files.writeString(file, text);
		return AvpModels.validate(AvpModels.load(file));
	}

	private static Issue importError(List<Issue> issues) {
		List<Issue> errors = issues.stream().filter(i -> AvpValidator.IMPORT_FAILED.equals(i.getCode())).toList();
		assertEquals("one import error: " + issues, 1, errors.size());
		Issue error = errors.get(0);
		assertEquals(Severity.ERROR, error.getSeverity());
		assertEquals("at the import line", Integer.valueOf(2), error.getLineNumber());
		return error;
	}

	@Test
	public void aMissingFileIsAnErrorAtTheImport() throws Exception {
		Issue error = importError(validate("main.avp", "// split\nimport \"misssing.avp\"\nplatform p { }\n"));
		assertTrue(error.getMessage(), error.getMessage().contains("'misssing.avp' does not exist"));
		assertTrue("says where it looked: " + error.getMessage(), error.getMessage().contains(folder.getRoot().getName()));
	}

	@Test
	public void aFileThatIsNoModelIsAnError() throws Exception {
		Files.writeString(folder.getRoot().toPath().resolve("notes.txt"), "root:x:0:0:root:/root:/bin/bash\n");
		Issue error = importError(validate("main.avp", "\nimport \"notes.txt\"\nplatform p { }\n"));
		assertTrue(error.getMessage(), error.getMessage().contains("not an .avp model"));
		Issue absolute = importError(validate("abs.avp", "\nimport \"/etc/passwd\"\nplatform p { }\n"));
		assertTrue(absolute.getMessage(), absolute.getMessage().contains("not an .avp model"));
	}

	@Test
	public void anUnreadableFileIsAnError() throws Exception {
		Files.createDirectory(folder.getRoot().toPath().resolve("folder.avp"));
		Issue error = importError(validate("main.avp", "\nimport \"folder.avp\"\nplatform p { }\n"));
		assertTrue(error.getMessage(), error.getMessage().contains("'folder.avp' cannot be read"));
	}

	@Test
	public void aFileThatDoesNotParseIsAnError() throws Exception {
		Files.writeString(folder.getRoot().toPath().resolve("soc.avp"), "platform soc {\n\thardware h {\n");
		Issue error = importError(validate("main.avp", "\nimport \"soc.avp\"\nplatform p { }\n"));
		assertTrue(error.getMessage(), error.getMessage().contains("'soc.avp' does not parse: 1 syntax error(s), the first at line"));
	}

	@Test
	public void cyclesStayAllowed() throws Exception {
		Files.writeString(folder.getRoot().toPath().resolve("b.avp"), "import \"a.avp\"\nplatform b { network lan { } }\n");
		List<Issue> issues = validate("a.avp", "import \"b.avp\"\nplatform a {\n\tvm v {\n\t\tmemory 64 MiB\n\t\tnet n0 { network lan }\n\t}\n}\n");
		assertFalse(issues.toString(), issues.stream().anyMatch(i -> AvpValidator.IMPORT_FAILED.equals(i.getCode())));
		assertFalse(issues.toString(), issues.stream().anyMatch(i -> i.getCode() != null && i.getCode().contains("Linking")));
	}

	/** The cockpit example without the soc.avp it imports: its link errors and the failed import, nothing else. */
	@Test
	public void rulesSeeOnlyWhatResolved() throws Exception {
		String cockpit = Files.readString(AvpModels.examples().resolve("cockpit/cockpit.avp"));
		Path file = folder.getRoot().toPath().resolve("cockpit.avp");
		Files.writeString(file, cockpit);
		List<Issue> issues = AvpModels.validate(AvpModels.load(file));
		assertTrue(issues.toString(), issues.stream().anyMatch(i -> AvpValidator.IMPORT_FAILED.equals(i.getCode())));
		assertTrue(issues.toString(), issues.stream().anyMatch(i -> i.getCode() != null && i.getCode().contains("Linking")));
		for (Issue issue : issues) {
			assertFalse("never names null: " + issue, issue.getMessage().contains("null"));
			assertFalse("no compliance finding while references are unresolved: " + issue,
					issue.getCode() != null && issue.getCode().startsWith("AVP"));
		}
	}
}
