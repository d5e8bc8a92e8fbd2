// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks.fuzz;

import java.io.StringReader;

import org.avpstudio.dsl.AvpRuntimeModule;
import org.avpstudio.dsl.parser.antlr.AvpParser;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpLexer;
import org.avpstudio.benchmarks.Pipeline;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Guice;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

/**
 * The oracle of the fuzz targets: Xtext's own parser for the grammar (the generated ANTLR lexer and parser, Xtext's
 * token stream and node model), without any of the .avp language's fast paths. A text it finds syntax errors in
 * must never come out of AVP Studio clean.
 */
final class StockParser {

	private static IParser parser;

	private StockParser() {
	}

	private static synchronized IParser parser() {
		if (parser == null) {
			Pipeline.injector();
			parser = Guice.createInjector(Modules.override(new AvpRuntimeModule()).with(binder -> {
				binder.bind(IParser.class).to(AvpParser.class);
				binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(InternalAvpLexer.class);
				binder.bind(NodeModelBuilder.class).toProvider(NodeModelBuilder::new);
			})).getInstance(IParser.class);
		}
		return parser;
	}

	/** How many syntax errors Xtext's own parser finds in the text. */
	static int syntaxErrors(String text) {
		IParseResult result = parser().parse(new StringReader(text));
		int count = 0;
		for (Object ignored : result.getSyntaxErrors()) {
			count++;
		}
		return count;
	}
}
