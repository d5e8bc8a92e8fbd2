// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.avpstudio.dsl.resource.ModelCopy;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * An imported platform as .avp text: written by the language's serializer and formatter, then each imported element
 * gets a {@code // from FILE:LINE} line above it and the parts left out are listed in a comment block at the top.
 */
public final class PlatformText {

	private PlatformText() {
	}

	public static String of(PlatformImport.Result imported) throws IOException {
		XtextResourceSet set = AvpLanguage.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("imported.avp"));
		resource.getContents().add(imported.platform());
		String formatted = ModelCopy.text(resource);
		resource.getContents().clear();
		return header(imported.report()) + withOrigins(formatted, imported.platform(), imported.report());
	}

	// the formatted text read back, so that each element's line is known; the comments go in from the bottom up
	private static String withOrigins(String formatted, EObject platform, ImportReport report) throws IOException {
		XtextResourceSet set = AvpLanguage.injector().getInstance(XtextResourceSet.class);
		XtextResource reread = (XtextResource) set.createResource(URI.createURI("reread.avp"));
		reread.load(new ByteArrayInputStream(formatted.getBytes(StandardCharsets.UTF_8)), null);
		List<String> lines = new ArrayList<>(List.of(formatted.split("\n", -1)));
		// both trees are walked in containment order: the i-th element read back is the i-th element imported
		List<EObject> read = new ArrayList<>();
		reread.getContents().get(0).eAllContents().forEachRemaining(read::add);
		List<EObject> original = new ArrayList<>();
		platform.eAllContents().forEachRemaining(original::add);
		String[] comments = new String[lines.size()];
		for (int i = 0; i < original.size() && i < read.size(); i++) {
			SourcePosition from = report.origin(original.get(i));
			ICompositeNode node = NodeModelUtils.getNode(read.get(i));
			if (from != null && node != null) {
				comments[node.getStartLine() - 1] = "// from " + from;
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			if (comments[i] != null) {
				String line = lines.get(i);
				text.append(line, 0, line.length() - line.stripLeading().length()).append(comments[i]).append('\n');
			}
			text.append(lines.get(i)).append(i < lines.size() - 1 ? "\n" : "");
		}
		return text.toString();
	}

	private static String header(ImportReport report) {
		if (report.leftOut().isEmpty() && report.renamed().isEmpty()) {
			return "";
		}
		StringBuilder header = new StringBuilder();
		if (!report.leftOut().isEmpty()) {
			header.append("// Left out by the import (no place in the AVP model):\n");
			report.leftOut().forEach(l -> header.append("//   ").append(comment(l.toString())).append('\n'));
		}
		if (!report.renamed().isEmpty()) {
			header.append("// Renamed by the import:\n");
			report.renamed().forEach(r -> header.append("//   ").append(comment(r.toString())).append('\n'));
		}
		return header.append('\n').toString();
	}

	// one comment line: line breaks of the input must not end it
	private static String comment(String text) {
		return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
	}
}
