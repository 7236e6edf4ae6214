-- botolint language server: the configuration Neovim 0.11+ reads from
-- lsp/botolint.lua on the runtimepath (enable it with
-- vim.lsp.enable('botolint'), see ../botolint.lua). The end-to-end test
-- reads this same table to start the server in Neovim 0.7.
return {
  cmd = { 'botolint', 'server' },
  filetypes = { 'python' },
  root_markers = { 'pyproject.toml', 'botolint.toml', 'setup.py', '.git' },
  -- Settings use the keys of [tool.botolint] (camelCase or kebab-case) and
  -- are layered over each file's pyproject.toml; for example:
  --   select = { 'ALL' }, ignore = { 'BTO104' }, unsafeFixes = false,
  --   severity = { BTO104 = 'hint' }, botocoreData = '.venv/lib/python3.12/site-packages/botocore/data'
  init_options = {
    debounceMs = 50,
  },
  settings = {
    botolint = {},
  },
}
