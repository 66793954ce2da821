-- Headless Neovim (0.7+) as a second LSP client: starts the bundled server on the current buffer,
-- waits for the first publishDiagnostics, writes what it received to $BRONWIJZER_OUT, asks for a hover
-- and exits. Usage (see test/lsp/nvim.test.ts):
--   BRONWIJZER_ROOT=... BRONWIJZER_OUT=... nvim --headless --clean -n -i NONE -u check.lua -c 'lua Check()' draft.md
local out = assert(io.open(os.getenv('BRONWIJZER_OUT'), 'w'))
local function emit(s) out:write(s .. '\n'); out:flush() end

function Check()
  local root = os.getenv('BRONWIJZER_ROOT')
  local buf = vim.api.nvim_get_current_buf()
  local published = nil
  local raw = {}
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    default(err, result, ctx, config)
    if published == nil then published = #result.diagnostics; raw = result.diagnostics end
  end
  local id = vim.lsp.start_client({
    name = 'bronwijzer',
    cmd = { 'node', root .. '/server/out/server.js', '--stdio' },
    root_dir = vim.fn.getcwd(),
    settings = { bronwijzer = { debounceMs = 0 } },
  })
  if not id then emit('ERROR no client'); vim.cmd('cquit!') return end
  vim.lsp.buf_attach_client(buf, id)
  if not vim.wait(15000, function() return published ~= nil end, 20) then
    emit('ERROR timeout waiting for diagnostics'); vim.cmd('cquit!') return
  end
  emit('FILETYPE ' .. vim.bo[buf].filetype)
  emit('PUBLISHED ' .. published)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    emit(string.format('DIAG %d:%d %s %s', d.lnum, d.col, tostring(lsp.code or d.code or ''), (d.message:gsub('\n', ' '))))
  end
  local first = vim.diagnostic.get(buf)[1]
  local pos = first and { line = first.lnum, character = first.col } or { line = 0, character = 0 }
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }, 10000)
  local answered = res and res[id] and res[id].err == nil
  emit('HOVER ' .. (answered and 'ok' or 'error'))
  -- a quick fix: unify a misspelt name (when the draft has one), applied as Neovim applies edits
  for _, lsp in ipairs(raw) do
    if lsp.code == 'name-variant' then
      local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = lsp.range, context = { diagnostics = { lsp } } }
      local r = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
      local actions = r and r[id] and r[id].result or {}
      for _, a in ipairs(actions) do
        if a.isPreferred and a.edit then
          vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
          local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
          emit('FIXED ' .. lsp.code .. ' ' .. (text:find(lsp.data.variant.from, 1, true) and 'no' or 'yes'))
          break
        end
      end
      break
    end
  end
  vim.lsp.stop_client(id)
  out:close()
  vim.cmd('qall!')
end
