-- Drives botolint's language server from headless Neovim (0.7 or later):
-- open a Python file, wait for botolint's diagnostics, apply a code action
-- through vim.lsp.buf.code_action (with vim.ui.select answering for the
-- user), write the buffer and quit. Reads from the environment:
--   BOTOLINT_BIN     the botolint binary
--   BOTOLINT_REPO    the repository (for editors/nvim)
--   BOTOLINT_FILE    the Python file to open
--   BOTOLINT_ACTION  a Lua pattern the chosen action's title must match
--   BOTOLINT_LINE    1-based line where the cursor goes to ask for actions
--   BOTOLINT_RESULT  file that receives "ok" or what went wrong
local env = vim.env
local result = env.BOTOLINT_RESULT

local function finish(msg)
  local f = io.open(result, 'w')
  f:write(msg)
  f:close()
  vim.cmd(msg == 'ok' and 'qall!' or 'cquit! 1')
end

local function fail(msg)
  finish('error: ' .. msg)
end

local legacy = dofile(env.BOTOLINT_REPO .. '/editors/nvim/botolint_legacy.lua')
legacy.setup({ cmd = { env.BOTOLINT_BIN, 'server' } })

vim.defer_fn(function()
  local ok, err = pcall(function()
    vim.cmd('edit ' .. vim.fn.fnameescape(env.BOTOLINT_FILE))
    local buf = vim.api.nvim_get_current_buf()
    if vim.bo[buf].filetype ~= 'python' then
      vim.bo[buf].filetype = 'python'
    end
    local got = vim.wait(20000, function()
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if d.source == 'botolint' then
          return true
        end
      end
      return false
    end, 50)
    if not got then
      return fail('no botolint diagnostics; clients: ' .. #vim.lsp.buf_get_clients(buf))
    end
    local line = tonumber(env.BOTOLINT_LINE)
    local diags = vim.diagnostic.get(buf, { lnum = line - 1 })
    if #diags == 0 then
      return fail('no diagnostic on line ' .. line)
    end
    vim.api.nvim_win_set_cursor(0, { line, diags[1].col })

    local chosen = nil
    local titles = {}
    vim.ui.select = function(items, _, on_choice)
      for i, item in ipairs(items) do
        local action = item[2] or item.action
        table.insert(titles, action.title)
        if not chosen and action.title:match(env.BOTOLINT_ACTION) then
          chosen = action.title
          on_choice(item, i)
          return
        end
      end
      on_choice(nil, nil)
    end
    local before = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
    vim.lsp.buf.code_action()
    local changed = vim.wait(10000, function()
      return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') ~= before
    end, 50)
    if not changed then
      return fail('buffer unchanged; chosen: ' .. tostring(chosen) .. '; offered: ' .. table.concat(titles, ' | '))
    end
    vim.cmd('write')
    -- The server analyses the new text: the fixed finding goes away.
    local cleared = vim.wait(10000, function()
      for _, d in ipairs(vim.diagnostic.get(buf, { lnum = line - 1 })) do
        if d.source == 'botolint' and d.code == diags[1].code then
          return false
        end
      end
      return true
    end, 50)
    if not cleared then
      return fail('diagnostic ' .. tostring(diags[1].code) .. ' still there after the fix')
    end
    finish('ok')
  end)
  if not ok then
    fail(tostring(err))
  end
end, 10)
