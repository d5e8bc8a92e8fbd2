// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.impl.Serializer;

import com.google.inject.Injector;

/**
 * An imported platform as .avp text: written by the language's serializer and formatter, then each imported element
 * gets a {@code // from FILE:LINE} line above it and the parts left out are listed in a comment block at the top.
 * The serializer's text regions say where each element starts; the formatter's replacements, applied in order, say
 * where that place moved to, so the formatted text is not parsed again to find the elements.
 */
public final class PlatformText {

	private PlatformText() {
	}

	public static String of(PlatformImport.Result imported) throws IOException {
		Injector language = AvpLanguage.injector();
		XtextResourceSet set = language.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("imported.avp"));
		resource.getContents().add(imported.platform());
		try {
			ITextRegionAccess regions = ((Serializer) language.getInstance(ISerializer.class)).serializeToRegions(imported.platform());
			FormatterRequest request = language.getInstance(FormatterRequest.class);
			request.setFormatUndefinedHiddenRegionsOnly(false);
			request.setTextRegionAccess(regions);
			List<ITextReplacement> replacements = new ArrayList<>(language.getInstance(IFormatter2.class).format(request));
			String formatted = regions.getRewriter().renderToString(replacements);
			return header(imported.report()) + withOrigins(formatted, regions, replacements, imported.platform(), imported.report());
		} finally {
			resource.getContents().clear();
		}
	}

	private static String withOrigins(String formatted, ITextRegionAccess regions, List<ITextReplacement> replacements, EObject platform,
			ImportReport report) {
		replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset));
		// shift[i]: how much longer the text before the end of replacement i became
		int[] ends = new int[replacements.size()];
		int[] shift = new int[replacements.size()];
		int total = 0;
		for (int i = 0; i < replacements.size(); i++) {
			ITextReplacement r = replacements.get(i);
			total += r.getReplacementText().length() - r.getLength();
			ends[i] = r.getEndOffset();
			shift[i] = total;
		}
		List<Integer> lineStarts = new ArrayList<>();
		lineStarts.add(0);
		for (int i = 0; i < formatted.length(); i++) {
			if (formatted.charAt(i) == '\n') {
				lineStarts.add(i + 1);
			}
		}
		String[] comments = new String[lineStarts.size()];
		platform.eAllContents().forEachRemaining(element -> {
			SourcePosition from = report.origin(element);
			IEObjectRegion region = from == null ? null : regions.regionForEObject(element);
			if (region != null) {
				int offset = region.getOffset() + shiftBefore(ends, shift, region.getOffset());
				int line = lineOf(lineStarts, offset);
				comments[line] = "// from " + from;
			}
		});
		String[] lines = formatted.split("\n", -1);
		StringBuilder text = new StringBuilder(formatted.length() + report.mapped().size() * 32);
		for (int i = 0; i < lines.length; i++) {
			if (comments[i] != null) {
				String line = lines[i];
				text.append(line, 0, line.length() - line.stripLeading().length()).append(comments[i]).append('\n');
			}
			text.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
		}
		return text.toString();
	}

	// the growth of the text from the replacements that end at or before offset
	private static int shiftBefore(int[] ends, int[] shift, int offset) {
		int at = Arrays.binarySearch(ends, offset);
		if (at < 0) {
			at = -at - 2;
		} else {
			while (at + 1 < ends.length && ends[at + 1] == offset) {
				at++;
			}
		}
		return at < 0 ? 0 : shift[at];
	}

	private static int lineOf(List<Integer> lineStarts, int offset) {
		int at = java.util.Collections.binarySearch(lineStarts, offset);
		return at >= 0 ? at : -at - 2;
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
