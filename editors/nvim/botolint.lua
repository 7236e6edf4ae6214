-- botolint for Neovim 0.11+: put this directory on the runtimepath (or copy
-- lsp/botolint.lua into ~/.config/nvim/lsp/) and load this file, or write
-- the same two calls in your init.lua.
vim.lsp.config('botolint', dofile(vim.fs.joinpath(vim.fs.dirname(debug.getinfo(1, 'S').source:sub(2)), 'lsp', 'botolint.lua')))
vim.lsp.enable('botolint')

-- Apply all safe fixes on save (optional):
-- vim.api.nvim_create_autocmd('BufWritePre', {
--   pattern = '*.py',
--   callback = function()
--     vim.lsp.buf.code_action({ context = { only = { 'source.fixAll.botolint' } }, apply = true })
--   end,
-- })
