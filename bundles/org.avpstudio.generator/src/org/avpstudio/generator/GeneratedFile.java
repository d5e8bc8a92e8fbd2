// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator;

/** One output file, relative to the output directory. */
public record GeneratedFile(String relativePath, String content) {
}
