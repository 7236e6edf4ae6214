-- botolint for Neovim 0.7 to 0.10, with vim.lsp.start_client and the same
-- settings as lsp/botolint.lua. Usage from init.lua:
--   require('botolint_legacy').setup()            -- with editors/nvim on the runtimepath
--   dofile('/path/to/editors/nvim/botolint_legacy.lua').setup({ cmd = { '/path/to/botolint', 'server' } })
local M = {}

local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)') or './'

-- config returns the settings of lsp/botolint.lua, with overrides.
function M.config(overrides)
  local cfg = dofile(here .. 'lsp/botolint.lua')
  for k, v in pairs(overrides or {}) do
    cfg[k] = v
  end
  return cfg
end

-- root returns the nearest directory above path holding a root marker.
local function root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while true do
    for _, m in ipairs(markers) do
      if vim.loop.fs_stat(dir .. '/' .. m) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return vim.fn.fnamemodify(path, ':p:h')
    end
    dir = parent
  end
end

local clients = {}

-- setup starts one client per root directory and attaches Python buffers.
function M.setup(overrides)
  local cfg = M.config(overrides)
  vim.api.nvim_create_autocmd('FileType', {
    pattern = cfg.filetypes,
    callback = function(args)
      local dir = root(vim.api.nvim_buf_get_name(args.buf), cfg.root_markers)
      local id = clients[dir]
      if not id then
        id = vim.lsp.start_client({
          name = 'botolint',
          cmd = cfg.cmd,
          root_dir = dir,
          init_options = cfg.init_options,
          settings = cfg.settings,
        })
        clients[dir] = id
      end
      vim.lsp.buf_attach_client(args.buf, id)
    end,
  })
end

return M
