package errhandling

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto301_clienterror_import.md
var clientErrorImportDoc string

// ClientErrorImport reports exception imports that fail at run time.
var ClientErrorImport = &analysis.Rule{
	Code:     "BTO301",
	Name:     "clienterror-import",
	Summary:  "Exception imported from a module that does not define it (boto3.exceptions.ClientError, botocore.exceptions.NoSuchKey)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      clientErrorImportDoc,
	Kinds:    []syntax.Kind{syntax.KindImportFromStatement, syntax.KindAttribute},
	Visit:    checkClientErrorImport,
}

const (
	boto3Module    = "boto3.exceptions"
	botocoreModule = "botocore.exceptions"
)

func checkClientErrorImport(p *analysis.Pass, n syntax.Node) {
	if n.Is(syntax.KindAttribute) {
		checkExceptionAttribute(p, n)
		return
	}
	module, ok := syntax.DottedName(n.ChildByField(syntax.FieldModuleName))
	if !ok || (module != boto3Module && module != botocoreModule) {
		return
	}
	type imported struct {
		node        syntax.Node
		name, alias string
	}
	var names, move, keep []imported
	for c := range n.ChildrenByField(syntax.FieldName) {
		im := imported{node: c}
		if c.Is(syntax.KindAliasedImport) {
			im.name = c.ChildByField(syntax.FieldName).Text()
			im.alias = c.ChildByField(syntax.FieldAlias).Text()
		} else {
			im.name = c.Text()
		}
		names = append(names, im)
		if module == boto3Module && botocoreExceptions[im.name] && !boto3Exceptions[im.name] {
			move = append(move, im)
		} else {
			keep = append(keep, im)
		}
	}
	var fix *analysis.Fix
	if len(move) > 0 {
		spec := func(list []imported) []string {
			out := make([]string, len(list))
			for i, im := range list {
				out[i] = im.name
				if im.alias != "" {
					out[i] += " as " + im.alias
				}
			}
			return out
		}
		fix = moveImports(p, n, spec(move), spec(keep))
	}
	for _, im := range names {
		switch {
		case module == boto3Module && boto3Exceptions[im.name], module == botocoreModule && botocoreExceptions[im.name]:
			continue
		case module == boto3Module && botocoreExceptions[im.name]:
			d := analysis.Diagnostic{
				Start:   im.node.Start(),
				End:     im.node.End(),
				Message: fmt.Sprintf("`%s` is not defined in `boto3.exceptions` (ImportError): import it from `botocore.exceptions`", im.name),
			}
			if fix != nil {
				d.Fixes = []analysis.Fix{*fix}
			}
			p.Report(d)
		default:
			if msg, ok := modeledMessage(p, im.name, "`"+im.name+"` is not defined in `"+module+"` (ImportError)"); ok {
				p.Reportf(im.node, "%s", msg)
			}
		}
	}
}

// modeledMessage explains that name is a modeled service error, when it
// is one.
func modeledMessage(p *analysis.Pass, name, head string) (string, bool) {
	services := modeledExceptions(p.Catalog)[name]
	if len(services) == 0 {
		return "", false
	}
	owner := fmt.Sprintf("the %s service", services[0])
	if len(services) > 1 {
		shown := services
		if len(shown) > 3 {
			shown = shown[:3]
		}
		owner = fmt.Sprintf("%d services (%s", len(services), strings.Join(shown, ", "))
		if len(services) > 3 {
			owner += ", ..."
		}
		owner += ")"
	}
	return fmt.Sprintf("%s: it is a modeled error of %s, raised as `client.exceptions.%s`; catch it on the client that makes the call", head, owner, name), true
}

// moveImports rewrites `from boto3.exceptions import ...` so that the
// botocore names come from botocore.exceptions, keeping the names boto3
// does define. At module level the moved names merge into an existing
// `from botocore.exceptions import ...`; elsewhere, or when there is none,
// the statement is rewritten in place.
func moveImports(p *analysis.Pass, stmt syntax.Node, move, keep []string) *analysis.Fix {
	t := p.Tree
	for d := range stmt.Descendants() {
		if d.Is(syntax.KindComment) {
			return nil // rewriting the statement would drop the comment
		}
	}
	title := "Import " + quoteList(move) + " from `botocore.exceptions`"
	nl := t.Lines().Newline()
	indent := fixes.LineIndent(t, stmt)
	if stmt.Parent().Is(syntax.KindModule) {
		p.Model.Depend(semantic.DepHeader, "")
		merge := fixes.AddImportsFrom(t, botocoreModule, move, stmt)
		if merge != nil && fixes.ExistingFromImport(t, botocoreModule, stmt).Valid() {
			edits := merge
			if len(keep) == 0 {
				edits = append(edits, fixes.DeleteStatement(t, stmt))
			} else {
				edits = append(edits, fixes.Replace(stmt, "from boto3.exceptions import "+strings.Join(keep, ", ")))
			}
			return &analysis.Fix{Title: title, Applicability: analysis.Safe, Edits: edits}
		} else if merge == nil {
			// Every moved name is imported from botocore already.
			edit := fixes.DeleteStatement(t, stmt)
			if len(keep) > 0 {
				edit = fixes.Replace(stmt, "from boto3.exceptions import "+strings.Join(keep, ", "))
			}
			return &analysis.Fix{Title: title, Applicability: analysis.Safe, Edits: []analysis.Edit{edit}}
		}
	}
	text := "from botocore.exceptions import " + strings.Join(move, ", ")
	if len(keep) > 0 {
		text = "from boto3.exceptions import " + strings.Join(keep, ", ") + nl + indent + text
	}
	return &analysis.Fix{Title: title, Applicability: analysis.Safe, Edits: []analysis.Edit{fixes.Replace(stmt, text)}}
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		n, _, _ = strings.Cut(n, " ")
		q[i] = "`" + n + "`"
	}
	return strings.Join(q, ", ")
}

// checkExceptionAttribute reports boto3.exceptions.ClientError and
// botocore.exceptions.NoSuchKey written as attributes.
func checkExceptionAttribute(p *analysis.Pass, n syntax.Node) {
	attr := n.ChildByField(syntax.FieldAttribute).Text()
	obj := n.ChildByField(syntax.FieldObject)
	module, ok := p.Model.QualifiedName(obj)
	if !ok || (module != boto3Module && module != botocoreModule) {
		return
	}
	switch {
	case module == boto3Module && boto3Exceptions[attr], module == botocoreModule && botocoreExceptions[attr]:
		return
	case module == boto3Module && botocoreExceptions[attr]:
		d := analysis.Diagnostic{
			Start:   n.Start(),
			End:     n.End(),
			Message: fmt.Sprintf("`%s` does not exist (AttributeError): `%s` lives in `botocore.exceptions`", n.Text(), attr),
		}
		if canBindName(p, attr) {
			d.Fixes = []analysis.Fix{{
				Title:         "Import `" + attr + "` from `botocore.exceptions`",
				Applicability: analysis.Safe,
				Edits:         append(addImportFrom(p, botocoreModule, attr), fixes.Replace(n, attr)),
			}}
		}
		p.Report(d)
	default:
		if msg, ok := modeledMessage(p, attr, "`"+n.Text()+"` does not exist (AttributeError)"); ok {
			p.Reportf(n, "%s", msg)
		}
	}
}

// addImportFrom is fixes.AddImportFrom, recording that the fix reads the
// file's imports.
func addImportFrom(p *analysis.Pass, module, name string) []analysis.Edit {
	p.Model.Depend(semantic.DepHeader, "")
	return fixes.AddImportFrom(p.Tree, module, name)
}

// canBindName reports whether `from botocore.exceptions import name` at
// module level changes the meaning of no other code: every binding of the
// name anywhere in the file is that import already, and it is not a
// builtin the import would shadow.
func canBindName(p *analysis.Pass, name string) bool {
	if pythonBuiltins[name] {
		return false
	}
	for _, b := range p.Model.BindingsAnywhere(name) {
		if b.Qualified != botocoreModule+"."+name {
			return false
		}
	}
	return true
}
