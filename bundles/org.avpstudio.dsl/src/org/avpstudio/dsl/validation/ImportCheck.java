// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.avpstudio.model.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * Whether the file an {@code import "..."} line names can be honoured: it exists, can be read, is an .avp model
 * and parses. A platform split over files must not silently lose a part, so each way of failing has its own
 * reason. Cycles between files are allowed: a file already loaded is taken as it is.
 */
public final class ImportCheck {

	private ImportCheck() {
	}

	/** Why the import cannot be honoured, or empty when it can. */
	public static Optional<String> problem(Resource from, String importUri) {
		if (importUri == null || importUri.isBlank()) {
			return Optional.of("the import names no file; write the path of an .avp file, relative to this one");
		}
		URI uri;
		try {
			uri = resolve(from, importUri);
		} catch (IllegalArgumentException e) {
			return Optional.of("'" + importUri + "' is not a valid file path (" + e.getMessage() + ")");
		}
		if (!"avp".equals(uri.fileExtension())) {
			return Optional.of("'" + importUri + "' is not an .avp model: only .avp files can be imported");
		}
		ResourceSet set = from.getResourceSet();
		URIConverter converter = set == null ? URIConverter.INSTANCE : set.getURIConverter();
		String where = uri.isFile() ? uri.toFileString() : uri.toString();
		Resource loaded = set == null ? null : set.getResource(uri, false);
		if (loaded == null || !loaded.isLoaded() || loaded.getContents().isEmpty()) {
			if (!converter.exists(uri, null)) {
				return Optional.of("'" + importUri + "' does not exist (looked for " + where + "); check the file name and its folder");
			}
			try (InputStream in = converter.createInputStream(uri)) {
				in.read();
			} catch (IOException | RuntimeException e) {
				return Optional.of("'" + importUri + "' cannot be read (" + where + ": " + reason(e) + ")");
			}
			if (set == null) {
				return Optional.empty();
			}
			try {
				loaded = set.getResource(uri, true);
			} catch (RuntimeException e) {
				return Optional.of("'" + importUri + "' cannot be loaded (" + reason(e) + ")");
			}
		}
		long syntaxErrors = loaded.getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance).count();
		if (syntaxErrors > 0) {
			Resource.Diagnostic first = loaded.getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance).findFirst().get();
			return Optional.of("'" + importUri + "' does not parse: " + syntaxErrors + " syntax error(s), the first at line "
					+ line(first) + ": " + first.getMessage() + "; fix that file first");
		}
		if (loaded.getContents().isEmpty() || !(loaded.getContents().get(0) instanceof Platform)) {
			return Optional.of("'" + importUri + "' holds no platform; an imported file starts with 'platform NAME {'");
		}
		return Optional.empty();
	}

	/** The URI an import names, relative to the importing file. */
	public static URI resolve(Resource from, String importUri) {
		URI uri = URI.createURI(importUri);
		return from.getURI() != null && uri.isRelative() ? uri.resolve(from.getURI()) : uri;
	}

	private static String line(Resource.Diagnostic diagnostic) {
		try {
			return String.valueOf(diagnostic.getLine());
		} catch (RuntimeException e) {
			return "?";
		}
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
