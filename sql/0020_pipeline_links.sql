select 1;  -- placeholder, reserved for issue 12
