// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl;

import org.avpstudio.dsl.conversion.AvpValueConverters;
import org.avpstudio.dsl.formatting2.AvpFormatter;
import org.avpstudio.dsl.naming.AvpQualifiedNameProvider;
import org.avpstudio.dsl.parser.AvpLexer;
import org.avpstudio.dsl.parser.AvpNodeModelBuilder;
import org.avpstudio.dsl.parser.PresizedAvpParser;
import org.avpstudio.dsl.resource.AvpLinker;
import org.avpstudio.dsl.resource.AvpResource;
import org.avpstudio.dsl.resource.QuietAstFactory;
import org.avpstudio.dsl.scoping.AvpImportUriGlobalScopeProvider;
import org.avpstudio.dsl.scoping.AvpLocalScopeProvider;
import org.avpstudio.dsl.validation.AvpDiagnostician;
import org.avpstudio.dsl.validation.AvpResourceValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds the hand-written parts of the .avp language. */
public class AvpRuntimeModule extends AbstractAvpRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return AvpQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return AvpValueConverters.class;
	}

	/** Other files are visible through their {@code import "file.avp"} lines, so a model can be split across files. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return AvpImportUriGlobalScopeProvider.class;
	}

	/** Xtext's local scoping with an indexed look-up of the file's names (large files link in linear time). */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(AvpLocalScopeProvider.class);
	}

	/** Parsed elements are built without notifications; the resource turns them on once linked. */
	@Override
	public Class<? extends IAstFactory> bindIAstFactory() {
		return QuietAstFactory.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return AvpResource.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return PresizedAvpParser.class;
	}

	/** Xtext's node model, its root finding line breaks without boxing them. */
	public Class<? extends NodeModelBuilder> bindNodeModelBuilder() {
		return AvpNodeModelBuilder.class;
	}

	/** The generated lexer, with a direct scanner in front of it for well-formed text. */
	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(AvpLexer.class);
	}

	@Override
	public Class<? extends ILinker> bindILinker() {
		return AvpLinker.class;
	}

	/**
	 * The grammar already enforces the metamodel's multiplicities; EMF's generic validator would repeat every
	 * syntax error as an unreadable "required feature must be set" message.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
	}

	/** Elements are handed only to validators with checks for them. */
	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return AvpDiagnostician.class;
	}

	/** Xtext's resource validator, with nothing lost: a failure is an error issue, never only a log line. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return AvpResourceValidator.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return AvpFormatter.class;
	}
}
