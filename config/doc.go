// Package config reads botolint's configuration and turns it into what the
// analysis runner needs. The CLI and the language server share it.
//
// # Where configuration comes from
//
// For each analysed file, the nearest configuration file wins, looking in
// the file's directory and then in each parent: a botolint.toml (keys at the
// top level), or a pyproject.toml with a [tool.botolint] table. When one
// directory holds both, botolint.toml wins. A pyproject.toml without a
// [tool.botolint] table does not count and the search goes on upward.
// Configuration files are not merged with those of parent directories.
// An explicit file (the CLI's --config) replaces discovery for every file.
//
// Settings are resolved in layers, later layers winning: the defaults, the
// configuration file, then the overrides (command-line flags, or editor
// settings, which FromMap reads with the same schema). A scalar or list set in a later layer replaces the earlier
// value; extend-select and per-file-ignores append; the severity table
// merges per rule.
//
// # Schema
//
//	[tool.botolint]                  # or the top level of botolint.toml
//	select = ["ALL"]                 # rule selectors; default: all rules
//	ignore = ["BTO104"]              # selectors switched off
//	extend-select = ["BTO9"]         # selectors added to select
//	unsafe-fixes = false             # --fix applies unsafe fixes too
//	botocore-data = ".venv/lib/python3.12/site-packages/botocore/data"
//	scope = "boto3"                  # "boto3" (default) or "all"
//	main-functions = ["main"]        # may call sys.exit, catch ClientError
//	lambda-handlers = ["lambda_handler"]
//	wrapper-keywords = ["aws_retry"] # keywords a project's client wrappers take on every call
//	roots = ["src", "lib"]           # source roots imports are resolved from
//	exclude = ["generated/**", "legacy_*.py"]
//	debounce-ms = 150                # language server: delay before analysis
//
//	[tool.botolint.per-file-ignores]
//	"tests/**" = ["BTO2", "client-in-loop"]
//	"__init__.py" = ["ALL"]
//
//	[tool.botolint.severity]
//	BTO104 = "hint"
//	manual-pagination = "error"
//
// A selector is a rule code (BTO101), a code prefix (BTO1, BTO), a rule
// name (manual-pagination) or ALL; a leading "-" or "!" negates it. The
// enabled rules are computed ruff's way: the highest-priority layer that
// sets select gives the base (all rules when no layer does); then, layer by
// layer from that one on, extend-select entries switch rules on and ignore
// entries switch them off, in order (see analysis.Selection). A selector
// that matches no rule is an error, so a typo never silently selects
// nothing.
//
// per-file-ignores maps a glob to selectors of rules that do not run on the
// matching files. Globs are relative to the configuration file's directory
// (to the working directory or workspace root for overrides). A glob
// without "/" matches a file or directory name at any depth ("__init__.py",
// "test_*.py", "migrations"); a glob with "/" matches the path from the base
// directory ("tests/**/*.py", "src/gen"). A glob that matches a directory
// covers everything under it. "*" and "?" stay within a path segment, "**"
// spans segments, "[a-z]" and "{a,b}" work as usual, and a leading "!"
// inverts the glob (the ignores apply to files that do not match). exclude
// uses the same globs (without "!") to skip files and directories when
// walking directories; files named explicitly are always checked.
//
// severity maps a rule code or name to error, warning, info or hint.
//
// botocore-data names a botocore data folder (relative to the configuration
// file) whose service models replace the embedded ones. When it is not set,
// the botocore installed in the project's environment is used if one is
// found (.venv or venv in the file's directory or a parent, $VIRTUAL_ENV,
// $CONDA_PREFIX; see awsmodel.FindBotocoreData), else the embedded models.
//
// Unknown keys and values of the wrong type are errors that name the file
// and line. Nothing in a configuration file can make botolint crash.
package config
