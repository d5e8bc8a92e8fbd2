// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

/** Where a model element is written: file (URI or path), 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
}
