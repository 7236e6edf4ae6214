package syntax

import (
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"
)

// Kind identifies a node type. tree-sitter gives some node types several
// symbol ids (aliases such as the two "block" symbols); a Kind is one per
// (name, named) pair, so comparing kinds never needs the name.
type Kind uint16

// Field identifies the field through which a node hangs from its parent
// ("function" of a call, "left" of an assignment ...). 0 is no field.
type Field uint8

var (
	language    = python.GetLanguage()
	symbolKinds []uint16
	kindNames   []string
	kindNamed   []bool
	fieldNames  []string
	// kindIndex and fieldIndex are built by functions, not init, because
	// the package-level Kind variables below read them during variable
	// initialization, which runs before init functions.
	kindIndex  = buildKinds()
	fieldIndex = buildFields()
)

type kindKey struct {
	name  string
	named bool
}

func buildKinds() map[kindKey]Kind {
	index := map[kindKey]Kind{}
	addKind := func(name string, named bool) Kind {
		key := kindKey{name, named}
		if k, ok := index[key]; ok {
			return k
		}
		k := Kind(len(kindNames))
		kindNames = append(kindNames, name)
		kindNamed = append(kindNamed, named)
		index[key] = k
		return k
	}
	addKind("", false) // Kind 0: no node
	n := language.SymbolCount()
	symbolKinds = make([]uint16, n)
	for s := uint32(0); s < n; s++ {
		sym := sitter.Symbol(s)
		named := language.SymbolType(sym) == sitter.SymbolTypeRegular
		symbolKinds[s] = uint16(addKind(language.SymbolName(sym), named))
	}
	addKind("ERROR", true)
	return index
}

func buildFields() map[string]Field {
	index := map[string]Field{}
	fieldNames = append(fieldNames, "")
	for i := 1; ; i++ {
		name := language.FieldName(i)
		if name == "" {
			break
		}
		index[name] = Field(i)
		fieldNames = append(fieldNames, name)
	}
	return index
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint16(k))
}

func (f Field) String() string {
	if int(f) < len(fieldNames) {
		return fieldNames[f]
	}
	return fmt.Sprintf("Field(%d)", f)
}

// KindOf returns the Kind of a named node type, or of an anonymous token
// (keyword or punctuation) when named is false. It panics for an unknown
// name: every use is a package-level variable, so a grammar change that
// drops a name fails at start-up and in every test.
func KindOf(name string, named bool) Kind {
	k, ok := kindIndex[kindKey{name, named}]
	if !ok {
		panic(fmt.Sprintf("syntax: python grammar has no node type %q (named=%v)", name, named))
	}
	return k
}

// FieldOf returns the Field of a field name; it panics like KindOf.
func FieldOf(name string) Field {
	f, ok := fieldIndex[name]
	if !ok {
		panic(fmt.Sprintf("syntax: python grammar has no field %q", name))
	}
	return f
}

// The node types botolint reads. Named ones first, then tokens.
var (
	KindError                 = KindOf("ERROR", true)
	KindModule                = KindOf("module", true)
	KindIdentifier            = KindOf("identifier", true)
	KindAttribute             = KindOf("attribute", true)
	KindCall                  = KindOf("call", true)
	KindArgumentList          = KindOf("argument_list", true)
	KindKeywordArgument       = KindOf("keyword_argument", true)
	KindListSplat             = KindOf("list_splat", true)
	KindDictionarySplat       = KindOf("dictionary_splat", true)
	KindParenthesizedExpr     = KindOf("parenthesized_expression", true)
	KindString                = KindOf("string", true)
	KindStringStart           = KindOf("string_start", true)
	KindStringContent         = KindOf("string_content", true)
	KindStringEnd             = KindOf("string_end", true)
	KindEscapeSequence        = KindOf("escape_sequence", true)
	KindEscapeInterpolation   = KindOf("escape_interpolation", true)
	KindInterpolation         = KindOf("interpolation", true)
	KindConcatenatedString    = KindOf("concatenated_string", true)
	KindInteger               = KindOf("integer", true)
	KindFloat                 = KindOf("float", true)
	KindTrue                  = KindOf("true", true)
	KindFalse                 = KindOf("false", true)
	KindNone                  = KindOf("none", true)
	KindEllipsis              = KindOf("ellipsis", true)
	KindComment               = KindOf("comment", true)
	KindList                  = KindOf("list", true)
	KindTuple                 = KindOf("tuple", true)
	KindSet                   = KindOf("set", true)
	KindDictionary            = KindOf("dictionary", true)
	KindPair                  = KindOf("pair", true)
	KindListComprehension     = KindOf("list_comprehension", true)
	KindDictComprehension     = KindOf("dictionary_comprehension", true)
	KindSetComprehension      = KindOf("set_comprehension", true)
	KindGeneratorExpression   = KindOf("generator_expression", true)
	KindForInClause           = KindOf("for_in_clause", true)
	KindIfClause              = KindOf("if_clause", true)
	KindSubscript             = KindOf("subscript", true)
	KindUnaryOperator         = KindOf("unary_operator", true)
	KindBinaryOperator        = KindOf("binary_operator", true)
	KindBooleanOperator       = KindOf("boolean_operator", true)
	KindNotOperator           = KindOf("not_operator", true)
	KindComparisonOperator    = KindOf("comparison_operator", true)
	KindConditionalExpression = KindOf("conditional_expression", true)
	KindNamedExpression       = KindOf("named_expression", true)
	KindLambda                = KindOf("lambda", true)
	KindAwait                 = KindOf("await", true)
	KindYield                 = KindOf("yield", true)
	KindExpressionList        = KindOf("expression_list", true)
	KindPatternList           = KindOf("pattern_list", true)
	KindTuplePattern          = KindOf("tuple_pattern", true)
	KindListPattern           = KindOf("list_pattern", true)
	KindListSplatPattern      = KindOf("list_splat_pattern", true)

	KindExpressionStatement    = KindOf("expression_statement", true)
	KindAssignment             = KindOf("assignment", true)
	KindAugmentedAssignment    = KindOf("augmented_assignment", true)
	KindImportStatement        = KindOf("import_statement", true)
	KindImportFromStatement    = KindOf("import_from_statement", true)
	KindFutureImportStatement  = KindOf("future_import_statement", true)
	KindAliasedImport          = KindOf("aliased_import", true)
	KindWildcardImport         = KindOf("wildcard_import", true)
	KindDottedName             = KindOf("dotted_name", true)
	KindRelativeImport         = KindOf("relative_import", true)
	KindReturnStatement        = KindOf("return_statement", true)
	KindRaiseStatement         = KindOf("raise_statement", true)
	KindPassStatement          = KindOf("pass_statement", true)
	KindBreakStatement         = KindOf("break_statement", true)
	KindContinueStatement      = KindOf("continue_statement", true)
	KindDeleteStatement        = KindOf("delete_statement", true)
	KindAssertStatement        = KindOf("assert_statement", true)
	KindGlobalStatement        = KindOf("global_statement", true)
	KindNonlocalStatement      = KindOf("nonlocal_statement", true)
	KindPrintStatement         = KindOf("print_statement", true)
	KindExecStatement          = KindOf("exec_statement", true)
	KindIfStatement            = KindOf("if_statement", true)
	KindElifClause             = KindOf("elif_clause", true)
	KindElseClause             = KindOf("else_clause", true)
	KindForStatement           = KindOf("for_statement", true)
	KindWhileStatement         = KindOf("while_statement", true)
	KindTryStatement           = KindOf("try_statement", true)
	KindExceptClause           = KindOf("except_clause", true)
	KindExceptGroupClause      = KindOf("except_group_clause", true)
	KindFinallyClause          = KindOf("finally_clause", true)
	KindWithStatement          = KindOf("with_statement", true)
	KindWithClause             = KindOf("with_clause", true)
	KindWithItem               = KindOf("with_item", true)
	KindMatchStatement         = KindOf("match_statement", true)
	KindCaseClause             = KindOf("case_clause", true)
	KindFunctionDefinition     = KindOf("function_definition", true)
	KindClassDefinition        = KindOf("class_definition", true)
	KindDecoratedDefinition    = KindOf("decorated_definition", true)
	KindDecorator              = KindOf("decorator", true)
	KindBlock                  = KindOf("block", true)
	KindParameters             = KindOf("parameters", true)
	KindLambdaParameters       = KindOf("lambda_parameters", true)
	KindDefaultParameter       = KindOf("default_parameter", true)
	KindTypedParameter         = KindOf("typed_parameter", true)
	KindTypedDefaultParameter  = KindOf("typed_default_parameter", true)
	KindDictionarySplatPattern = KindOf("dictionary_splat_pattern", true)
	KindType                   = KindOf("type", true)
	KindGenericType            = KindOf("generic_type", true)
	KindTypeAliasStatement     = KindOf("type_alias_statement", true)

	TokenAsync  = KindOf("async", false)
	TokenNot    = KindOf("not", false)
	TokenIs     = KindOf("is", false)
	TokenIn     = KindOf("in", false)
	TokenNotIn  = KindOf("not in", false)
	TokenIsNot  = KindOf("is not", false)
	TokenEq     = KindOf("==", false)
	TokenNotEq  = KindOf("!=", false)
	TokenMinus  = KindOf("-", false)
	TokenPlus   = KindOf("+", false)
	TokenAnd    = KindOf("and", false)
	TokenOr     = KindOf("or", false)
	TokenComma  = KindOf(",", false)
	TokenColon  = KindOf(":", false)
	TokenStar   = KindOf("*", false)
	TokenLParen = KindOf("(", false)
	TokenRParen = KindOf(")", false)
)

// Fields botolint reads.
var (
	FieldAlias        = FieldOf("alias")
	FieldAlternative  = FieldOf("alternative")
	FieldArgument     = FieldOf("argument")
	FieldArguments    = FieldOf("arguments")
	FieldAttribute    = FieldOf("attribute")
	FieldBody         = FieldOf("body")
	FieldCondition    = FieldOf("condition")
	FieldConsequence  = FieldOf("consequence")
	FieldDefinition   = FieldOf("definition")
	FieldFunction     = FieldOf("function")
	FieldKey          = FieldOf("key")
	FieldLeft         = FieldOf("left")
	FieldModuleName   = FieldOf("module_name")
	FieldName         = FieldOf("name")
	FieldObject       = FieldOf("object")
	FieldOperator     = FieldOf("operator")
	FieldOperators    = FieldOf("operators")
	FieldParameters   = FieldOf("parameters")
	FieldReturnType   = FieldOf("return_type")
	FieldRight        = FieldOf("right")
	FieldSubject      = FieldOf("subject")
	FieldSubscript    = FieldOf("subscript")
	FieldSuperclasses = FieldOf("superclasses")
	FieldType         = FieldOf("type")
	FieldValue        = FieldOf("value")
)
