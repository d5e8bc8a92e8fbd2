// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The benchmark's models are what they claim: the asked size, valid, and the JSON twin holds the same platform. */
public class SyntheticPlatformTest {

	@Test
	public void modelsHaveTheAskedSizeAndValidateWithoutErrorsOrWarnings() throws Exception {
		for (int lines : new int[] { 1_000, 10_000 }) {
			SyntheticPlatform platform = SyntheticPlatform.ofLines(lines);
			String text = platform.avp();
			long actual = text.lines().count();
			assertTrue(lines + " lines asked, " + actual + " written", Math.abs(actual - lines) < lines * 0.05);
			XtextResource resource = Pipeline.parseAndLink(text);
			List<Issue> issues = Pipeline.validate(resource);
			assertEquals(issues.toString(), List.of(), issues.stream().filter(i -> i.getSeverity() != Severity.INFO).toList());
			assertTrue(Pipeline.generateAll(resource) > 0);
			JsonNode json = new ObjectMapper().readTree(platform.json());
			assertEquals(platform.vms(), json.get("vms").size());
			assertEquals(7, json.get("vms").get(0).get("devices").size());
		}
	}
}
