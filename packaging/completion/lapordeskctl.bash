# bash completion for lapordeskctl (LAPOR Desk without a window)         -*- shell-script -*-

_lapordeskctl()
{
    local cur prev words cword
    _init_completion || return

    local commands="status login sync cases draft approvals approve reject forward note
        not-authority related search nota-dinas outbox push report logout people forget"
    local global="--help --help-all --version --profile --json --user --hub --password-stdin"

    case $prev in
        --profile)
            _filedir -d
            return
            ;;
        --text-file | --reason-file | --out | --ca-file)
            _filedir
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "pdf csv" -- "$cur"))
            return
            ;;
        --kind)
            COMPREPLY=($(compgen -W "rekap overdue" -- "$cur"))
            return
            ;;
        --status)
            COMPREPLY=($(compgen -W "unverified disposed in_progress done postponed
                archived not_authority" -- "$cur"))
            return
            ;;
        --hub | --user | --case | --revision | --comment | --unit | --note | --period | \
            --as-of | --page-size | --limit)
            return
            ;;
    esac

    # The command is the first word that is neither an option nor an option's value.
    local i command="" sub=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile | --user | --hub | --ca-file | --status | --page-size | --case | \
                --text-file | --revision | --comment | --unit | --note | --period | --format | \
                --out | --kind | --as-of | --limit)
                ((i++))
                ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ -z $sub ]]; then
                    sub=${words[i]}
                fi
                ;;
        esac
    done

    local options=""
    case $command in
        "")
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
                return
            fi
            ;;
        login) options="--hub --user --password-stdin --device --ca-file" ;;
        sync) options="--page-size" ;;
        cases) options="--status --show-confidential" ;;
        draft)
            if [[ -z $sub && $cur != -* ]]; then
                COMPREPLY=($(compgen -W "new edit submit resubmit discard show" -- "$cur"))
                return
            fi
            case $sub in
                new) options="--case --text-file" ;;
                edit) options="--text-file" ;;
            esac
            ;;
        approve) options="--revision" ;;
        reject) options="--revision --comment" ;;
        forward) options="--case --unit --note" ;;
        note) options="--case --text-file" ;;
        not-authority) options="--case --reason-file" ;;
        related) options="--show-confidential" ;;
        search) options="--limit --show-confidential" ;;
        nota-dinas) options="--out" ;;
        report) options="--period --format --out --kind --unit --as-of" ;;
        forget) options="--user --hub --discard-unsent" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$global $options" -- "$cur"))
    fi
} &&
    complete -F _lapordeskctl lapordeskctl
